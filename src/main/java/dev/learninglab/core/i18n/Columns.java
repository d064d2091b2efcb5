package dev.learninglab.core.i18n;

/**
 * Pads text for the columns of a terminal table, where a Chinese character takes two cells: {@code
 * String.format("%-10s")} counts characters and would push the rest of a Chinese row out of line.
 */
public final class Columns {
  private Columns() {}

  /** {@code text} followed by spaces up to {@code cells} terminal cells (never cut). */
  public static String left(String text, int cells) {
    return text + " ".repeat(Math.max(0, cells - width(text)));
  }

  /** Spaces, then {@code text}, filling {@code cells} terminal cells (never cut). */
  public static String right(String text, int cells) {
    return " ".repeat(Math.max(0, cells - width(text))) + text;
  }

  /** Terminal cells of {@code text}: two for each East Asian wide or full-width character. */
  public static int width(String text) {
    return text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
  }

  private static boolean wide(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || (c >= 0x3000 && c <= 0x303F) // CJK punctuation
        || (c >= 0xFF01 && c <= 0xFF60) // full-width forms
        || (c >= 0xAC00 && c <= 0xD7A3) // Hangul syllables
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }
}

package dev.learninglab.core.io;

/**
 * Quotes a piece of the learner's input inside a one-line message: at most {@link #MAX} characters,
 * control characters (escape codes, new lines, NUL) shown as {@code ·} so nothing is echoed raw to
 * the terminal, and how much was left out.
 */
public final class Quote {
  /** The most characters of input a message shows. */
  public static final int MAX = 80;

  /** The most characters {@link #line} keeps of a message. */
  public static final int MAX_LINE = 400;

  private Quote() {}

  /** {@code text} in double quotes, shortened and made printable; {@code null} gives "null". */
  public static String of(String text) {
    return text == null ? "null" : shortened(text, "\"");
  }

  /**
   * {@code text} shortened and made printable without quotes around it, for input that shows its
   * own delimiters (a JSON value, say).
   */
  public static String excerpt(String text) {
    return text == null ? "null" : shortened(text, "");
  }

  /**
   * A message from somewhere else (a library, the learner's own code) made fit for one line: its
   * first line only, control characters shown as {@code ·}, at most {@link #MAX_LINE} characters.
   */
  public static String line(String message) {
    if (message == null) {
      return "";
    }
    String first = message.lines().findFirst().orElse("");
    StringBuilder out = new StringBuilder();
    first.codePoints().limit(MAX_LINE).forEach(cp -> out.appendCodePoint(printable(cp) ? cp : '·'));
    return first.length() > out.length() ? out + " …" : out.toString();
  }

  /**
   * {@code text} with every control character but line breaks and tabs shown as {@code ·}: the last
   * guard before a message reaches a terminal, where an escape code would act.
   */
  public static String terminalSafe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp ->
                out.appendCodePoint(
                    cp == '\n' || cp == '\t' || !Character.isISOControl(cp) ? cp : '·'));
    return out.toString();
  }

  /**
   * {@code arg} as one word of a POSIX shell command the learner may paste: unchanged when it holds
   * only characters no shell treats specially, else in single quotes (a quote inside as {@code
   * '\''}), so a folder named {@code my project} or {@code $(touch PWNED)} is passed, not run.
   */
  public static String shell(String arg) {
    if (!arg.isEmpty() && arg.matches("[A-Za-z0-9_@%+=:,./-]+")) {
      return arg;
    }
    return "'" + arg.replace("'", "'\\''") + "'";
  }

  private static String shortened(String text, String mark) {
    StringBuilder out = new StringBuilder(mark);
    int shown = 0;
    int i = 0;
    while (i < text.length() && shown < MAX) {
      int cp = text.codePointAt(i);
      out.appendCodePoint(printable(cp) ? cp : '·');
      i += Character.charCount(cp);
      shown++;
    }
    out.append(mark);
    if (i < text.length()) {
      out.append(" … (").append(text.length() - i).append(" more characters)");
    }
    return out.toString();
  }

  private static boolean printable(int cp) {
    return !Character.isISOControl(cp)
        && Character.getType(cp) != Character.FORMAT
        && Character.getType(cp) != Character.UNASSIGNED
        && Character.getType(cp) != Character.SURROGATE
        && Character.getType(cp) != Character.PRIVATE_USE;
  }
}

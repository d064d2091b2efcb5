package dev.learninglab.labs.editdistance.model;

/** Strings as arrays of Unicode code points, so that an emoji or a CJK character is one unit. */
public final class CodePoints {
  private CodePoints() {}

  public static int[] of(String s) {
    return s.codePoints().toArray();
  }

  /** One code point back as a string. */
  public static String text(int codePoint) {
    return new String(Character.toChars(codePoint));
  }

  /** The number of code points in {@code s}. */
  public static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}

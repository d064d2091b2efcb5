package dev.learninglab.labs.gauntlet.model.run;

/** Reads back a string value as JShell shows it: a Java string literal with escapes. */
final class JavaLiterals {
  private JavaLiterals() {}

  static String unquote(String literal) {
    if (literal == null
        || literal.length() < 2
        || literal.charAt(0) != '"'
        || literal.charAt(literal.length() - 1) != '"') {
      throw new IllegalArgumentException("not a string literal: " + literal);
    }
    StringBuilder out = new StringBuilder(literal.length());
    for (int i = 1; i < literal.length() - 1; i++) {
      char c = literal.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char n = literal.charAt(++i);
      switch (n) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(n);
      }
    }
    return out.toString();
  }
}

package dev.learninglab.labs.gauntlet.model.run;

/**
 * Reads back a string value as JShell shows it, a Java string literal with escapes, and writes one
 * for a snippet.
 */
final class JavaLiterals {
  private JavaLiterals() {}

  /** {@code text} as a Java string literal: quotes, backslashes and non-ASCII escaped. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        // octal: a \\u escape of a line break would end the literal before javac sees it
        out.append(String.format("\\%03o", (int) c));
      } else if (c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

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

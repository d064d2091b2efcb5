package dev.learninglab.labs.curves.view;

import java.util.Locale;

/** How the lab writes a value of C: 1e-4, 0.0316, 1, 10, 1e4. */
final class CText {
  private CText() {}

  static String format(double c) {
    double e = Math.log10(c);
    if (Math.abs(e - Math.rint(e)) < 1e-9 && Math.abs(e) >= 3) {
      return "1e" + (long) Math.rint(e);
    }
    return String.format(Locale.ROOT, "%.3g", c).replaceAll("\\.?0+$", "");
  }
}

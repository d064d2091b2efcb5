package dev.learninglab.labs.iin.model.data;

/**
 * The independent judge of "which tint is this": the mean hue of the foreground pixels (brightest
 * channel above 0.3), averaged on the colour circle and weighted by brightness, then the nearest of
 * the twelve palette tints; −1 when no pixel is lit.
 */
public final class HueOracle {
  private static final float FOREGROUND = 0.3f;

  private HueOracle() {}

  /** The tint of the colour image at {@code offset} in {@code images} (channels first). */
  public static int tint(float[] images, int offset) {
    int p = ColourDigits.SIDE * ColourDigits.SIDE;
    double x = 0;
    double y = 0;
    for (int i = 0; i < p; i++) {
      float r = images[offset + i];
      float g = images[offset + p + i];
      float b = images[offset + 2 * p + i];
      float v = Math.max(r, Math.max(g, b));
      if (v < FOREGROUND) {
        continue;
      }
      double hue = Palette.hue(r, g, b);
      if (!Double.isNaN(hue)) {
        x += v * Math.cos(2 * Math.PI * hue);
        y += v * Math.sin(2 * Math.PI * hue);
      }
    }
    if (x == 0 && y == 0) {
      return -1;
    }
    return Palette.nearest(Math.atan2(y, x) / (2 * Math.PI));
  }
}

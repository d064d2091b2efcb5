package dev.learninglab.labs.iin.model.data;

/**
 * The twelve tints of the coloured digits: fully saturated hues 30° apart. A digit's pixel is its
 * grey value times the tint, so the brightest channel is the original grey image and the hue of
 * every lit pixel is the tint's.
 */
public final class Palette {
  public static final int SIZE = 12;

  private Palette() {}

  /** Tint {@code k} as red, green, blue in 0–1. */
  public static float[] rgb(int k) {
    return hsvToRgb((double) k / SIZE);
  }

  /** The tint whose hue is nearest {@code hue} (a fraction of a turn). */
  public static int nearest(double hue) {
    return Math.floorMod((int) Math.round(hue * SIZE), SIZE);
  }

  /** A fully saturated, full-value colour of {@code hue} (a fraction of a turn). */
  static float[] hsvToRgb(double hue) {
    double h = (hue - Math.floor(hue)) * 6;
    int sector = (int) h;
    float f = (float) (h - sector);
    return switch (sector) {
      case 0 -> new float[] {1, f, 0};
      case 1 -> new float[] {1 - f, 1, 0};
      case 2 -> new float[] {0, 1, f};
      case 3 -> new float[] {0, 1 - f, 1};
      case 4 -> new float[] {f, 0, 1};
      default -> new float[] {1, 0, 1 - f};
    };
  }

  /** The hue (fraction of a turn) of an RGB colour, NaN for a grey one. */
  public static double hue(double r, double g, double b) {
    double max = Math.max(r, Math.max(g, b));
    double min = Math.min(r, Math.min(g, b));
    double d = max - min;
    if (d <= 1e-6) {
      return Double.NaN;
    }
    double h;
    if (max == r) {
      h = ((g - b) / d) % 6;
    } else if (max == g) {
      h = (b - r) / d + 2;
    } else {
      h = (r - g) / d + 4;
    }
    h /= 6;
    return h < 0 ? h + 1 : h;
  }
}

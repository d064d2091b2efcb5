package dev.learninglab.labs.superres.model;

/**
 * The ITU-R BT.601 "studio swing" colour transform of MATLAB's {@code rgb2ycbcr} and {@code
 * ycbcr2rgb}, which the super-resolution benchmarks use: Y in 16–235 computed from 8-bit RGB and
 * rounded to 8 bits, as MATLAB does for {@code uint8} images.
 */
public final class YCbCr {

  // rows give Y, Cb, Cr from R, G, B in 0..255 (MATLAB's matrix divided by 255)
  private static final double[][] FORWARD = {
    {65.481 / 255, 128.553 / 255, 24.966 / 255},
    {-37.797 / 255, -74.203 / 255, 112.0 / 255},
    {112.0 / 255, -93.786 / 255, -18.214 / 255}
  };
  private static final double[] OFFSET = {16, 128, 128};
  private static final double[][] INVERSE = invert(FORWARD);

  private YCbCr() {}

  /** Y, Cb and Cr planes of an image, each rounded to 8 bits. */
  public static Plane[] fromImage(RgbImage image) {
    int w = image.width();
    int h = image.height();
    int[] rgb = image.rgb();
    Plane[] planes = {Plane.zeros(w, h), Plane.zeros(w, h), Plane.zeros(w, h)};
    for (int i = 0; i < rgb.length; i++) {
      double r = (rgb[i] >> 16) & 0xff;
      double g = (rgb[i] >> 8) & 0xff;
      double b = rgb[i] & 0xff;
      for (int c = 0; c < 3; c++) {
        double v = OFFSET[c] + FORWARD[c][0] * r + FORWARD[c][1] * g + FORWARD[c][2] * b;
        planes[c].values()[i] = Math.round(v);
      }
    }
    return planes;
  }

  /** The luma plane only. */
  public static Plane luma(RgbImage image) {
    return fromImage(image)[0];
  }

  /** An 8-bit RGB image from Y, Cb, Cr planes of equal size (values clipped to 0–255). */
  public static RgbImage toImage(Plane y, Plane cb, Plane cr) {
    int w = y.width();
    int h = y.height();
    if (cb.width() != w || cr.width() != w || cb.height() != h || cr.height() != h) {
      throw new IllegalArgumentException("Y, Cb and Cr planes differ in size");
    }
    int[] rgb = new int[w * h];
    for (int i = 0; i < rgb.length; i++) {
      double[] ycc = {
        y.values()[i] - OFFSET[0], cb.values()[i] - OFFSET[1], cr.values()[i] - OFFSET[2]
      };
      int pixel = 0xff;
      for (int c = 0; c < 3; c++) {
        double v = INVERSE[c][0] * ycc[0] + INVERSE[c][1] * ycc[1] + INVERSE[c][2] * ycc[2];
        pixel = (pixel << 8) | (int) Math.round(Math.min(255, Math.max(0, v)));
      }
      rgb[i] = pixel;
    }
    return new RgbImage(w, h, rgb);
  }

  private static double[][] invert(double[][] m) {
    double det =
        m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
            - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    double[][] inv = new double[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        // cofactor of (j, i), so the result is the adjugate over the determinant
        int r0 = (j + 1) % 3;
        int r1 = (j + 2) % 3;
        int c0 = (i + 1) % 3;
        int c1 = (i + 2) % 3;
        inv[i][j] = (m[r0][c0] * m[r1][c1] - m[r0][c1] * m[r1][c0]) / det;
      }
    }
    return inv;
  }
}

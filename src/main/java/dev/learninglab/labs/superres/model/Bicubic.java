package dev.learninglab.labs.superres.model;

/**
 * Bicubic resizing with MATLAB {@code imresize} semantics, which the super-resolution benchmarks
 * use to make low-resolution inputs and the bicubic baseline: Keys' cubic kernel with a = −0.5;
 * when shrinking by s &lt; 1 the kernel is stretched to {@code s·h(s·x)} (width 4/s) so it also
 * low-passes (antialiasing); output pixel x (1-based) samples the input at {@code u = x/s + 0.5·(1
 * − 1/s)}; weights are normalised per output pixel; borders are mirrored (symmetric padding). Rows
 * are resized first, then columns, as MATLAB does when both scales are equal. Computed in double
 * precision.
 */
public final class Bicubic {

  private Bicubic() {}

  /** Resizes by {@code scale} (output side = ceil(side·scale), as in MATLAB). */
  public static Plane resize(Plane in, double scale) {
    int outW = (int) Math.ceil(in.width() * scale - 1e-9);
    int outH = (int) Math.ceil(in.height() * scale - 1e-9);
    Contributions rows = Contributions.of(in.height(), outH, scale);
    Contributions cols = Contributions.of(in.width(), outW, scale);
    double[] vertical = new double[outH * in.width()];
    for (int y = 0; y < outH; y++) {
      for (int x = 0; x < in.width(); x++) {
        double sum = 0;
        for (int k = 0; k < rows.taps; k++) {
          sum += rows.weight(y, k) * in.values()[rows.index(y, k) * in.width() + x];
        }
        vertical[y * in.width() + x] = sum;
      }
    }
    float[] out = new float[outW * outH];
    for (int y = 0; y < outH; y++) {
      for (int x = 0; x < outW; x++) {
        double sum = 0;
        for (int k = 0; k < cols.taps; k++) {
          sum += cols.weight(x, k) * vertical[y * in.width() + cols.index(x, k)];
        }
        out[y * outW + x] = (float) sum;
      }
    }
    return new Plane(outW, outH, out);
  }

  /** Shrinks by the integer factor {@code n} (the benchmarks' degradation). */
  public static Plane downscale(Plane in, int n) {
    return resize(in, 1.0 / n);
  }

  /** Enlarges by the integer factor {@code n}. */
  public static Plane upscale(Plane in, int n) {
    return resize(in, n);
  }

  /** Keys' cubic convolution kernel with a = −0.5. */
  static double cubic(double x) {
    double a = Math.abs(x);
    if (a <= 1) {
      return 1.5 * a * a * a - 2.5 * a * a + 1;
    }
    if (a <= 2) {
      return -0.5 * a * a * a + 2.5 * a * a - 4 * a + 2;
    }
    return 0;
  }

  /** For each output position along one axis: the input indices and their weights. */
  private record Contributions(int taps, int[] indices, double[] weights) {

    static Contributions of(int inLength, int outLength, double scale) {
      boolean shrink = scale < 1;
      double width = shrink ? 4 / scale : 4;
      int taps = (int) Math.ceil(width) + 2;
      int[] indices = new int[outLength * taps];
      double[] weights = new double[outLength * taps];
      for (int x = 1; x <= outLength; x++) {
        double u = x / scale + 0.5 * (1 - 1 / scale);
        int left = (int) Math.floor(u - width / 2);
        double total = 0;
        for (int k = 0; k < taps; k++) {
          int index = left + k; // 1-based, may fall outside the axis
          double d = u - index;
          double w = shrink ? scale * cubic(scale * d) : cubic(d);
          weights[(x - 1) * taps + k] = w;
          indices[(x - 1) * taps + k] = mirror(index, inLength);
          total += w;
        }
        for (int k = 0; k < taps; k++) {
          weights[(x - 1) * taps + k] /= total;
        }
      }
      return new Contributions(taps, indices, weights);
    }

    /** MATLAB's symmetric padding: 1-based index to 0-based, reflected at both ends. */
    private static int mirror(int index, int length) {
      int m = Math.floorMod(index - 1, 2 * length);
      return m < length ? m : 2 * length - 1 - m;
    }

    int index(int out, int k) {
      return indices[out * taps + k];
    }

    double weight(int out, int k) {
      return weights[out * taps + k];
    }
  }
}

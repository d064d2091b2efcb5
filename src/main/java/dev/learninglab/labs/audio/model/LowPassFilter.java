package dev.learninglab.labs.audio.model;

/**
 * The anti-aliasing filter of scipy's {@code resample_poly}: {@code firwin(numtaps, cutoff,
 * window=("kaiser", 5.0))}, a windowed sinc scaled to unit gain at DC.
 */
final class LowPassFilter {
  static final double KAISER_BETA = 5.0;

  private LowPassFilter() {}

  /** Taps of a linear-phase low-pass with the given cutoff (1.0 = Nyquist). */
  static double[] firwin(int taps, double cutoff) {
    double alpha = 0.5 * (taps - 1);
    double[] h = new double[taps];
    double sum = 0;
    for (int i = 0; i < taps; i++) {
      double m = i - alpha;
      h[i] = cutoff * sinc(cutoff * m) * kaiser(i, taps, KAISER_BETA);
      sum += h[i];
    }
    for (int i = 0; i < taps; i++) {
      h[i] /= sum;
    }
    return h;
  }

  private static double sinc(double x) {
    if (x == 0) {
      return 1;
    }
    double px = Math.PI * x;
    return Math.sin(px) / px;
  }

  /** Symmetric Kaiser window value at {@code n} of {@code m} points. */
  static double kaiser(int n, int m, double beta) {
    if (m == 1) {
      return 1;
    }
    double r = 2.0 * n / (m - 1) - 1;
    return besselI0(beta * Math.sqrt(Math.max(0, 1 - r * r))) / besselI0(beta);
  }

  /** The modified Bessel function I0 by its power series, which converges fast for |x| < 30. */
  static double besselI0(double x) {
    double term = 1;
    double sum = 1;
    double q = x * x / 4;
    for (int k = 1; k < 200 && term > 1e-17 * sum; k++) {
      term *= q / ((double) k * k);
      sum += term;
    }
    return sum;
  }
}

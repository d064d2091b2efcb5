package dev.learninglab.labs.audio.model;

/**
 * Rational-rate resampling equal to scipy's {@code resample_poly(x, up, down)} (the path librosa
 * takes for {@code res_type="polyphase"}), then cut or zero-padded to {@code ceil(n * target /
 * source)} samples as {@code librosa.resample} does.
 *
 * <p>Upsampling by {@code up}, filtering with a Kaiser-windowed sinc and keeping every {@code
 * down}-th sample is computed directly per output sample: only the taps that meet a non-zero
 * (original) sample are summed, which is what a polyphase filter bank does.
 */
public final class PolyphaseResampler {
  private PolyphaseResampler() {}

  public static float[] resample(float[] x, int sourceRate, int targetRate) {
    if (sourceRate <= 0 || targetRate <= 0) {
      throw new IllegalArgumentException(
          "sample rates must be positive, got " + sourceRate + " -> " + targetRate);
    }
    int g = gcd(sourceRate, targetRate);
    int up = targetRate / g;
    int down = sourceRate / g;
    // librosa computes the length with a float ratio; so do we, to agree when it rounds up
    long wanted = (long) Math.ceil(x.length * ((double) targetRate / sourceRate));
    if (up == 1 && down == 1) {
      return x.clone();
    }
    int maxRate = Math.max(up, down);
    int halfLen = 10 * maxRate;
    double[] h = LowPassFilter.firwin(2 * halfLen + 1, 1.0 / maxRate);
    for (int i = 0; i < h.length; i++) {
      h[i] *= up;
    }
    // scipy pads the filter in front so that the output's first sample lines up with the input's
    int prePad = down - halfLen % down;
    int preRemove = (halfLen + prePad) / down;
    long nOut = ((long) x.length * up + down - 1) / down;
    float[] y = new float[Math.toIntExact(wanted)];
    int count = (int) Math.min(nOut, wanted);
    for (int o = 0; o < count; o++) {
      // y[o] = sum_n x[n] * h[(o + preRemove) * down - prePad - n * up]
      long t = (long) (o + preRemove) * down - prePad;
      long nMax = Math.min(x.length - 1, Math.floorDiv(t, up));
      long nMin = Math.max(0, ceilDiv(t - (h.length - 1), up));
      double acc = 0;
      for (long n = nMin; n <= nMax; n++) {
        acc += x[(int) n] * h[(int) (t - n * up)];
      }
      y[o] = (float) acc;
    }
    return y;
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}

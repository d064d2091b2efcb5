package dev.learninglab.labs.audio.model;

/**
 * {@code librosa.filters.mel(sr, n_fft, n_mels=128, fmin=0, fmax=sr/2, htk=False, norm="slaney")}:
 * triangles evenly spaced on Slaney's mel scale (linear below 1 kHz, logarithmic above), each
 * scaled to unit area.
 */
public final class MelFilterBank {
  public static final int N_MELS = 128;
  private static final double F_SP = 200.0 / 3;
  private static final double MIN_LOG_HZ = 1000.0;
  private static final double MIN_LOG_MEL = MIN_LOG_HZ / F_SP;
  private static final double LOG_STEP = Math.log(6.4) / 27.0;

  private MelFilterBank() {}

  /** Weights, shape (n_mels, 1 + n_fft/2). */
  public static float[][] weights(int sampleRate, int nFft, int nMels) {
    int bins = 1 + nFft / 2;
    double[] melF = melFrequencies(nMels + 2, 0.0, sampleRate / 2.0);
    float[][] w = new float[nMels][bins];
    for (int i = 0; i < nMels; i++) {
      double lowerWidth = melF[i + 1] - melF[i];
      double upperWidth = melF[i + 2] - melF[i + 1];
      double enorm = 2.0 / (melF[i + 2] - melF[i]);
      for (int b = 0; b < bins; b++) {
        double f = b * (sampleRate / 2.0) / (nFft / 2.0);
        double lower = (f - melF[i]) / lowerWidth;
        double upper = (melF[i + 2] - f) / upperWidth;
        w[i][b] = (float) ((float) Math.max(0, Math.min(lower, upper)) * enorm);
      }
    }
    return w;
  }

  /** {@code librosa.mel_frequencies(n, fmin, fmax)}: n frequencies evenly spaced in mel. */
  static double[] melFrequencies(int n, double fmin, double fmax) {
    double lo = hzToMel(fmin);
    double hi = hzToMel(fmax);
    double step = (hi - lo) / (n - 1);
    double[] hz = new double[n];
    for (int i = 0; i < n; i++) {
      hz[i] = melToHz(i == n - 1 ? hi : i * step + lo);
    }
    return hz;
  }

  public static double hzToMel(double hz) {
    return hz >= MIN_LOG_HZ ? MIN_LOG_MEL + Math.log(hz / MIN_LOG_HZ) / LOG_STEP : hz / F_SP;
  }

  public static double melToHz(double mel) {
    return mel >= MIN_LOG_MEL ? MIN_LOG_HZ * Math.exp(LOG_STEP * (mel - MIN_LOG_MEL)) : F_SP * mel;
  }
}

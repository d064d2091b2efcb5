package dev.learninglab.labs.audio.model;

/**
 * {@code librosa.filters.chroma(sr, n_fft, tuning, n_chroma=12, ctroct=5, octwidth=2, norm=2,
 * base_c=True)}: for each pitch class a Gaussian bump around every FFT bin's position on the
 * 12-per-octave pitch scale (wrapped to one octave), columns scaled to unit L2 length, then
 * weighted by a Gaussian over octaves centred on octave 5 (≈ 880 Hz) and two octaves wide. Row 0 is
 * C.
 */
public final class ChromaFilterBank {
  public static final int N_CHROMA = 12;
  static final double CENTER_OCTAVE = 5.0;
  static final double OCTAVE_WIDTH = 2.0;

  private ChromaFilterBank() {}

  /** Weights, shape (12, 1 + n_fft/2). {@code tuning} is in fractions of a semitone. */
  public static float[][] weights(int sampleRate, int nFft, double tuning) {
    int n = N_CHROMA;
    double a440 = 440.0 * Math.pow(2.0, tuning / n);
    double[] frqbins = new double[nFft];
    for (int i = 1; i < nFft; i++) {
      double f = i * ((double) sampleRate / nFft);
      frqbins[i] = n * log2(f / (a440 / 16));
    }
    // a made-up position for the 0 Hz bin, 1.5 octaves below bin 1
    frqbins[0] = frqbins[1] - 1.5 * n;
    double[] binWidth = new double[nFft];
    for (int i = 0; i < nFft - 1; i++) {
      binWidth[i] = Math.max(frqbins[i + 1] - frqbins[i], 1.0);
    }
    binWidth[nFft - 1] = 1;
    double half = Math.round(n / 2.0);
    int kept = 1 + nFft / 2;
    double[][] w = new double[n][kept];
    for (int f = 0; f < kept; f++) {
      double norm = 0;
      for (int c = 0; c < n; c++) {
        double d = ((frqbins[f] - c + half + 10 * n) % n) - half;
        double z = 2 * d / binWidth[f];
        w[c][f] = Math.exp(-0.5 * z * z);
        norm += w[c][f] * w[c][f];
      }
      norm = Math.sqrt(norm);
      double octaveWeight =
          Math.exp(-0.5 * Math.pow((frqbins[f] / n - CENTER_OCTAVE) / OCTAVE_WIDTH, 2));
      for (int c = 0; c < n; c++) {
        w[c][f] = w[c][f] / norm * octaveWeight;
      }
    }
    // librosa's bins start at A; rolling by -3 puts C first
    float[][] out = new float[n][kept];
    for (int c = 0; c < n; c++) {
      double[] src = w[(c + 3) % n];
      for (int f = 0; f < kept; f++) {
        out[c][f] = (float) src[f];
      }
    }
    return out;
  }

  static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}

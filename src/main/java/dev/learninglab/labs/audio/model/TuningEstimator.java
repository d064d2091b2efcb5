package dev.learninglab.labs.audio.model;

import java.util.Arrays;

/**
 * {@code librosa.estimate_tuning}: find spectral peaks between 150 Hz and 4 kHz ({@code piptrack}),
 * keep the stronger half, and histogram how far each lies from the nearest equal- tempered semitone
 * (A = 440 Hz) in steps of 0.01 semitone; the fullest bin is the tuning.
 *
 * <p>Arithmetic follows librosa's float32 arrays (and numba's float64 inside the parabolic
 * interpolation), so that the histogram bin agrees even for peaks near a bin edge.
 */
public final class TuningEstimator {
  static final double FMIN = 150.0;
  static final double FMAX = 4000.0;
  static final float THRESHOLD = 0.1f;
  static final double RESOLUTION = 0.01;

  private TuningEstimator() {}

  /** Tuning in fractions of a semitone, from a power (or magnitude) spectrogram. */
  public static double estimate(FrameMatrix spectrogram, int sampleRate) {
    int bins = spectrogram.rows();
    int nFft = 2 * (bins - 1);
    int frames = spectrogram.frames();
    double fmax = Math.min(FMAX, sampleRate / 2.0);
    // np.linspace(0, sr / 2, bins): index times step
    double binStep = (sampleRate / 2.0) / (bins - 1);
    // the per-frame threshold: 0.1 x the frame's largest value
    float[] ref = new float[frames];
    java.util.Arrays.fill(ref, Float.NEGATIVE_INFINITY);
    for (int b = 0; b < bins; b++) {
      float[] row = spectrogram.values()[b];
      for (int t = 0; t < frames; t++) {
        ref[t] = Math.max(ref[t], Math.abs(row[t]));
      }
    }
    for (int t = 0; t < frames; t++) {
      ref[t] = THRESHOLD * ref[t];
    }
    // walk the bins in order with their neighbours, all frames at once (rows are contiguous);
    // peaks come out bin by bin, which the median and the histogram do not mind
    Peaks peaks = new Peaks();
    for (int b = 1; b < bins; b++) {
      double f = b * binStep;
      if (f < FMIN || f >= fmax) {
        continue;
      }
      float[] below = spectrogram.values()[b - 1];
      float[] here = spectrogram.values()[b];
      float[] above = b + 1 < bins ? spectrogram.values()[b + 1] : null;
      for (int t = 0; t < frames; t++) {
        float s = Math.abs(here[t]);
        float sBelow = Math.abs(below[t]);
        float sAbove = above == null ? 0f : Math.abs(above[t]);
        float x = s > ref[t] ? s : 0f;
        float xBelow = sBelow > ref[t] ? sBelow : 0f;
        boolean localMax =
            above == null ? x > xBelow : x > xBelow && x >= (sAbove > ref[t] ? sAbove : 0f);
        if (!localMax) {
          continue;
        }
        float shift = above == null ? 0f : shift(sBelow, s, sAbove);
        float gradient = above == null ? s - sBelow : (sAbove - sBelow) / 2f;
        peaks.add((float) ((b + (double) shift) * sampleRate / nFft), s + 0.5f * gradient * shift);
      }
    }
    return tuningOf(peaks.pitches(), peaks.mags());
  }

  /** Peak frequencies and magnitudes, growing as found. */
  private static final class Peaks {
    private float[] pitches = new float[1024];
    private float[] mags = new float[1024];
    private int n;

    void add(float pitch, float mag) {
      if (n == pitches.length) {
        pitches = Arrays.copyOf(pitches, 2 * n);
        mags = Arrays.copyOf(mags, 2 * n);
      }
      pitches[n] = pitch;
      mags[n] = mag;
      n++;
    }

    float[] pitches() {
      return Arrays.copyOf(pitches, n);
    }

    float[] mags() {
      return Arrays.copyOf(mags, n);
    }
  }

  /** {@code pitch_tuning} of the peaks at least as strong as their median. */
  static double tuningOf(float[] pitches, float[] mags) {
    int positive = 0;
    for (float p : pitches) {
      if (p > 0) {
        positive++;
      }
    }
    float[] strong = new float[positive];
    int k = 0;
    for (int i = 0; i < pitches.length; i++) {
      if (pitches[i] > 0) {
        strong[k++] = mags[i];
      }
    }
    float threshold = positive == 0 ? 0f : median(strong);
    int[] counts = new int[(int) Math.ceil(1.0 / RESOLUTION)];
    boolean any = false;
    for (int i = 0; i < pitches.length; i++) {
      if (pitches[i] > 0 && mags[i] >= threshold) {
        double residual = residual(pitches[i]);
        int bin = histogramBin(residual, counts.length);
        if (bin >= 0) {
          counts[bin]++;
          any = true;
        }
      }
    }
    if (!any) {
      return 0.0;
    }
    int best = 0;
    for (int i = 1; i < counts.length; i++) {
      if (counts[i] > counts[best]) {
        best = i;
      }
    }
    return edge(best, counts.length);
  }

  /** Distance of a frequency from the nearest semitone, in [-0.5, 0.5), in float32. */
  static double residual(float hz) {
    float octs = (float) ChromaFilterBank.log2(hz / 27.5f);
    float r = (12f * octs) % 1.0f;
    if (r < 0) {
      r += 1.0f;
    }
    if (r >= 0.5f) {
      r -= 1.0f;
    }
    return r;
  }

  /** numpy's histogram bin for equal-width bins over [-0.5, 0.5], or -1 when outside. */
  static int histogramBin(double x, int n) {
    double first = -0.5;
    double last = 0.5;
    if (x < first || x > last) {
      return -1;
    }
    int i = (int) ((x - first) / (last - first) * n);
    if (i == n) {
      i--;
    }
    if (x < edge(i, n)) {
      i--;
    } else if (i != n - 1 && x >= edge(i + 1, n)) {
      i++;
    }
    return i;
  }

  /** Left edge of bin i, as {@code np.linspace(-0.5, 0.5, n + 1)} computes it. */
  static double edge(int i, int n) {
    return i == n ? 0.5 : i * (1.0 / n) + -0.5;
  }

  /** librosa's parabolic interpolation stencil (float64 inside numba), stored as float32. */
  private static float shift(float below, float here, float above) {
    double a = (double) (above + below) - 2.0 * here;
    double c = (above - below) / 2.0;
    if (Math.abs(c) >= Math.abs(a)) {
      return 0f;
    }
    return (float) (-c / a);
  }

  private static float median(float[] v) {
    float[] sorted = v.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2f;
  }
}

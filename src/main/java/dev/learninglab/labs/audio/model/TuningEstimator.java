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
    float[] pitches = new float[1024];
    float[] mags = new float[1024];
    int found = 0;
    float[][] byFrame = spectrogram.transposed();
    float[] s = new float[bins];
    // np.linspace(0, sr / 2, bins): index times step
    double binStep = (sampleRate / 2.0) / (bins - 1);
    float[] thresholded = new float[bins];
    for (int t = 0; t < frames; t++) {
      float max = Float.NEGATIVE_INFINITY;
      for (int b = 0; b < bins; b++) {
        s[b] = Math.abs(byFrame[t][b]);
        max = Math.max(max, s[b]);
      }
      float ref = THRESHOLD * max;
      for (int b = 0; b < bins; b++) {
        thresholded[b] = s[b] > ref ? s[b] : 0f;
      }
      for (int b = 1; b < bins; b++) {
        double f = b * binStep;
        if (f < FMIN || f >= fmax || !localMax(thresholded, b)) {
          continue;
        }
        float shift = b == bins - 1 ? 0f : shift(s, b);
        float gradient = b == bins - 1 ? s[b] - s[b - 1] : (s[b + 1] - s[b - 1]) / 2f;
        if (found == pitches.length) {
          pitches = Arrays.copyOf(pitches, 2 * found);
          mags = Arrays.copyOf(mags, 2 * found);
        }
        pitches[found] = (float) ((b + (double) shift) * sampleRate / nFft);
        mags[found] = s[b] + 0.5f * gradient * shift;
        found++;
      }
    }
    return tuningOf(Arrays.copyOf(pitches, found), Arrays.copyOf(mags, found));
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

  private static boolean localMax(float[] x, int b) {
    if (b == x.length - 1) {
      return x[b] > x[b - 1];
    }
    return x[b] > x[b - 1] && x[b] >= x[b + 1];
  }

  /** librosa's parabolic interpolation stencil (float64 inside numba), stored as float32. */
  private static float shift(float[] x, int b) {
    double a = (double) (x[b + 1] + x[b - 1]) - 2.0 * x[b];
    double c = (x[b + 1] - x[b - 1]) / 2.0;
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

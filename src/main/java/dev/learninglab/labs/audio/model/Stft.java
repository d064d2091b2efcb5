package dev.learninglab.labs.audio.model;

import java.util.stream.IntStream;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The magnitude of {@code librosa.stft(y, n_fft, hop_length, center=True, pad_mode="constant")}:
 * the signal is zero-padded by {@code n_fft // 2} on both sides, cut into frames {@code hop} apart,
 * each multiplied by the window and transformed with JTransforms' real FFT.
 */
public final class Stft {
  private Stft() {}

  /** |STFT|, shape (1 + n_fft/2, frames). */
  public static FrameMatrix magnitude(float[] y, StftSettings s) {
    int nFft = s.nFft();
    int bins = s.bins();
    int frames = s.frames(y.length);
    int pad = nFft / 2;
    double[] window = s.window().values(nFft);
    float[][] out = new float[bins][frames];
    ThreadLocal<DoubleFFT_1D> fft = ThreadLocal.withInitial(() -> new DoubleFFT_1D(nFft));
    ThreadLocal<double[]> buffers =
        ThreadLocal.withInitial(() -> new double[nFft % 2 == 0 ? nFft : 2 * nFft]);
    ThreadLocal<float[][]> tiles = ThreadLocal.withInitial(() -> new float[TILE][bins]);
    // tiles of frames are independent: long clips use every core. Each tile is computed frame by
    // frame (contiguous rows) and then written into librosa's (bins, frames) layout while it is
    // still in cache.
    int tileCount = (frames + TILE - 1) / TILE;
    IntStream range = IntStream.range(0, tileCount);
    (tileCount > 2 ? range.parallel() : range)
        .forEach(
            tile -> {
              double[] buf = buffers.get();
              float[][] local = tiles.get();
              int t0 = tile * TILE;
              int t1 = Math.min(frames, t0 + TILE);
              for (int t = t0; t < t1; t++) {
                frame(y, t * s.hop() - pad, window, buf, fft.get(), local[t - t0]);
              }
              for (int b = 0; b < bins; b++) {
                float[] row = out[b];
                for (int t = t0; t < t1; t++) {
                  row[t] = local[t - t0][b];
                }
              }
            });
    return new FrameMatrix(out);
  }

  private static final int TILE = 32;

  /** |FFT| of one windowed frame starting at {@code start} (zeros outside the signal). */
  private static void frame(
      float[] y, int start, double[] window, double[] buf, DoubleFFT_1D fft, float[] out) {
    int nFft = window.length;
    int bins = out.length;
    for (int i = 0; i < nFft; i++) {
      int k = start + i;
      buf[i] = k >= 0 && k < y.length ? window[i] * y[k] : 0.0;
    }
    if (nFft % 2 == 0) {
      fft.realForward(buf);
      out[0] = (float) Math.abs(buf[0]);
      out[bins - 1] = (float) Math.abs(buf[1]);
      for (int b = 1; b < bins - 1; b++) {
        out[b] = modulus(buf[2 * b], buf[2 * b + 1]);
      }
    } else {
      fft.realForwardFull(buf);
      for (int b = 0; b < bins; b++) {
        out[b] = modulus(buf[2 * b], buf[2 * b + 1]);
      }
    }
  }

  /** |z| of the complex64 value librosa stores: both parts rounded to float first. */
  private static float modulus(double re, double im) {
    // float parts squared in double cannot overflow, so no need for the slower Math.hypot
    double r = (float) re;
    double i = (float) im;
    return (float) Math.sqrt(r * r + i * i);
  }
}

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
    // computed frame by frame into contiguous rows, then transposed to librosa's (bins, frames)
    float[][] byFrame = new float[frames][bins];
    ThreadLocal<DoubleFFT_1D> fft = ThreadLocal.withInitial(() -> new DoubleFFT_1D(nFft));
    ThreadLocal<double[]> buffers =
        ThreadLocal.withInitial(() -> new double[nFft % 2 == 0 ? nFft : 2 * nFft]);
    // frames are independent: long clips use every core
    IntStream range = IntStream.range(0, frames);
    (frames > 64 ? range.parallel() : range)
        .forEach(
            t -> {
              double[] buf = buffers.get();
              int start = t * s.hop() - pad;
              for (int i = 0; i < nFft; i++) {
                int k = start + i;
                buf[i] = k >= 0 && k < y.length ? window[i] * y[k] : 0.0;
              }
              float[] out = byFrame[t];
              if (nFft % 2 == 0) {
                fft.get().realForward(buf);
                out[0] = (float) Math.abs(buf[0]);
                out[bins - 1] = (float) Math.abs(buf[1]);
                for (int b = 1; b < bins - 1; b++) {
                  out[b] = modulus(buf[2 * b], buf[2 * b + 1]);
                }
              } else {
                fft.get().realForwardFull(buf);
                for (int b = 0; b < bins; b++) {
                  out[b] = modulus(buf[2 * b], buf[2 * b + 1]);
                }
              }
            });
    return new FrameMatrix(FrameMatrix.transpose(byFrame, frames, bins));
  }

  /** |z| of the complex64 value librosa stores: both parts rounded to float first. */
  private static float modulus(double re, double im) {
    // float parts squared in double cannot overflow, so no need for the slower Math.hypot
    double r = (float) re;
    double i = (float) im;
    return (float) Math.sqrt(r * r + i * i);
  }
}

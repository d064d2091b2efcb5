package dev.learninglab.labs.audio.model;

import org.jtransforms.dct.DoubleDCT_1D;

/**
 * {@code librosa.feature.melspectrogram} (power, 128 Slaney bands) and {@code
 * librosa.feature.mfcc}: the orthonormal DCT-II (JTransforms) of the mel power in dB, first {@code
 * nMfcc} coefficients.
 */
public final class Mfcc {
  public static final int DEFAULT_N_MFCC = 20;

  private Mfcc() {}

  public static FrameMatrix melSpectrogram(float[] y, int sampleRate, StftSettings s) {
    FrameMatrix power = Stft.magnitude(y, s).squared();
    return power.project(MelFilterBank.weights(sampleRate, s.nFft(), MelFilterBank.N_MELS));
  }

  public static FrameMatrix mfcc(float[] y, int sampleRate, StftSettings s, int nMfcc) {
    return fromMel(melSpectrogram(y, sampleRate, s), nMfcc);
  }

  /** MFCCs of a mel power spectrogram. */
  public static FrameMatrix fromMel(FrameMatrix mel, int nMfcc) {
    int bands = mel.rows();
    if (nMfcc < 1 || nMfcc > bands) {
      throw new IllegalArgumentException(
          "--n-mfcc must be between 1 and " + bands + ", got " + nMfcc);
    }
    FrameMatrix db = Decibels.powerToDb(mel, Decibels.Ref.ONE);
    DoubleDCT_1D dct = new DoubleDCT_1D(bands);
    float[][] out = new float[nMfcc][mel.frames()];
    double[] column = new double[bands];
    for (int t = 0; t < mel.frames(); t++) {
      for (int m = 0; m < bands; m++) {
        column[m] = db.get(m, t);
      }
      dct.forward(column, true);
      for (int k = 0; k < nMfcc; k++) {
        out[k][t] = (float) column[k];
      }
    }
    return new FrameMatrix(out);
  }
}

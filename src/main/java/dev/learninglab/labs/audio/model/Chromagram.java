package dev.learninglab.labs.audio.model;

import java.util.OptionalDouble;

/**
 * {@code librosa.feature.chroma_stft}: the power spectrogram projected onto the 12 pitch classes by
 * {@link ChromaFilterBank}, each frame divided by its largest value (∞-norm). The tuning is
 * estimated from the same spectrogram unless given.
 */
public final class Chromagram {
  private Chromagram() {}

  /** The chromagram and the tuning it used. */
  public record Result(FrameMatrix chroma, double tuning) {}

  public static Result compute(
      float[] y, int sampleRate, StftSettings settings, OptionalDouble tuning) {
    return fromMagnitude(Stft.magnitude(y, settings), sampleRate, settings, tuning);
  }

  /** From an |STFT| already computed with {@code settings}. */
  public static Result fromMagnitude(
      FrameMatrix magnitude, int sampleRate, StftSettings settings, OptionalDouble tuning) {
    FrameMatrix power = magnitude.squared();
    double used =
        tuning.isPresent() ? tuning.getAsDouble() : TuningEstimator.estimate(power, sampleRate);
    float[][] bank = ChromaFilterBank.weights(sampleRate, settings.nFft(), used);
    return new Result(normalizeFrames(power.project(bank)), used);
  }

  /** Divides each frame by its largest |value|; frames below float32's tiny stay as they are. */
  static FrameMatrix normalizeFrames(FrameMatrix raw) {
    float[][] v = raw.values();
    for (int t = 0; t < raw.frames(); t++) {
      float max = 0f;
      for (float[] row : v) {
        max = Math.max(max, Math.abs(row[t]));
      }
      if (max < Float.MIN_NORMAL) {
        continue;
      }
      for (float[] row : v) {
        row[t] = row[t] / max;
      }
    }
    return raw;
  }
}

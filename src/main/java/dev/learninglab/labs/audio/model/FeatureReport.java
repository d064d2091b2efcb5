package dev.learninglab.labs.audio.model;

import java.util.List;

/**
 * The JSON contract of {@code learning-lab audio spectrogram|chroma|mfcc}: rate, sample count,
 * framing, shape {@code [rows, frames]}, the tuning used (null when none applies) and a summary.
 */
public record FeatureReport(
    int sr, int samples, int nFft, int hop, List<Integer> shape, Double tuning, Summary summary) {

  /** Sum, max and min of the whole array. */
  public record Summary(double sum, double max, double min) {}

  public static FeatureReport of(AudioClip clip, StftSettings s, FrameMatrix m, Double tuning) {
    return new FeatureReport(
        clip.sampleRate(),
        clip.samples().length,
        s.nFft(),
        s.hop(),
        List.of(m.rows(), m.frames()),
        tuning,
        new Summary(m.sum(), m.max(), m.min()));
  }
}

package dev.learninglab.labs.audio.model;

import java.util.OptionalDouble;

/**
 * Everything the lab shows for one clip and one framing: |STFT|, its dB (ref = max), the chromagram
 * with its estimated tuning, and the mean chroma per pitch class.
 *
 * <pre>{@code
 * Analysis a = Analysis.of(clip, StftSettings.LIBROSA);
 * a.centre(); // "E"
 * }</pre>
 */
public record Analysis(
    AudioClip clip,
    StftSettings settings,
    FrameMatrix magnitude,
    FrameMatrix decibels,
    FrameMatrix chroma,
    double tuning,
    double[] meanChroma) {

  public static Analysis of(AudioClip clip, StftSettings settings) {
    FrameMatrix magnitude = Stft.magnitude(clip.samples(), settings);
    Chromagram.Result chroma =
        Chromagram.fromMagnitude(magnitude, clip.sampleRate(), settings, OptionalDouble.empty());
    return new Analysis(
        clip,
        settings,
        magnitude,
        Decibels.amplitudeToDb(magnitude, Decibels.Ref.MAX),
        chroma.chroma(),
        chroma.tuning(),
        chroma.chroma().rowMeans());
  }

  /** The pitch class with the largest mean chroma: where the clip "centres". */
  public String centre() {
    int best = 0;
    for (int i = 1; i < meanChroma.length; i++) {
      if (meanChroma[i] > meanChroma[best]) {
        best = i;
      }
    }
    return Notes.SHARPS.get(best);
  }

  public double secondsPerFrame() {
    return settings.hop() / (double) clip.sampleRate();
  }
}

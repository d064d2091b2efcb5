package dev.learninglab.labs.audio.model;

/**
 * What a file holds before the lab touches it: container, sample encoding, channels, native rate
 * and length in frames (one frame = one sample per channel).
 */
public record SourceFormat(
    String container,
    String encoding,
    int bitsPerSample,
    int channels,
    int sampleRate,
    long frames) {

  public double seconds() {
    return sampleRate == 0 ? 0 : frames / (double) sampleRate;
  }
}

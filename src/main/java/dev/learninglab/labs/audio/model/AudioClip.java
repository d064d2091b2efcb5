package dev.learninglab.labs.audio.model;

/**
 * A mono signal as {@code librosa.load} returns it: float32 samples in [-1, 1] at {@code
 * sampleRate}, plus the format of the file it came from.
 */
public record AudioClip(float[] samples, int sampleRate, SourceFormat source) {

  public double seconds() {
    return samples.length / (double) sampleRate;
  }

  /** The same source at another rate, as {@code librosa.resample(res_type="polyphase")}. */
  public AudioClip resampled(int targetRate) {
    if (targetRate == sampleRate) {
      return this;
    }
    return new AudioClip(
        PolyphaseResampler.resample(samples, sampleRate, targetRate), targetRate, source);
  }
}

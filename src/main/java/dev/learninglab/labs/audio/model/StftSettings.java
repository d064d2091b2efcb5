package dev.learninglab.labs.audio.model;

/**
 * The framing of {@code librosa.stft}: window length {@code nFft} (= FFT size), hop, and the window
 * shape; centred frames with zero padding.
 */
public record StftSettings(int nFft, int hop, Window window) {
  /** librosa's defaults: 2048, 512, periodic Hann. */
  public static final StftSettings LIBROSA = new StftSettings(2048, 512, Window.HANN);

  public StftSettings {
    if (nFft < 2 || nFft > 1 << 16) {
      throw new IllegalArgumentException("n_fft must be between 2 and 65536, got " + nFft);
    }
    if (hop < 1) {
      throw new IllegalArgumentException("hop must be at least 1, got " + hop);
    }
  }

  public StftSettings(int nFft, int hop) {
    this(nFft, hop, Window.HANN);
  }

  public int bins() {
    return 1 + nFft / 2;
  }

  /** Frames of a centred STFT of {@code samples} samples: {@code 1 + len // hop} for even n_fft. */
  public int frames(int samples) {
    return 1 + (samples + 2 * (nFft / 2) - nFft) / hop;
  }

  /** Centre frequency of each FFT bin, {@code librosa.fft_frequencies}. */
  public double binFrequency(int bin, int sampleRate) {
    return bin * ((sampleRate / 2.0) / (nFft / 2));
  }
}

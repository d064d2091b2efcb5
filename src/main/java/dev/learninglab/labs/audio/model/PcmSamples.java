package dev.learninglab.labs.audio.model;

/**
 * Interleaved PCM bytes to mono float32, with the scale factors libsndfile uses when soundfile
 * reads {@code dtype="float32"}, and the channel mean of {@code librosa.to_mono} (summed in
 * float32, then divided).
 */
final class PcmSamples {
  private PcmSamples() {}

  /** Sample encodings the lab reads. */
  enum Encoding {
    UNSIGNED_8,
    SIGNED_16,
    SIGNED_24,
    SIGNED_32,
    FLOAT_32,
    FLOAT_64
  }

  static float[] toMono(
      byte[] data, int frames, int channels, Encoding encoding, boolean bigEndian) {
    int bytes = bytesPerSample(encoding);
    float[] mono = new float[frames];
    for (int f = 0; f < frames; f++) {
      float sum = 0f;
      int base = f * channels * bytes;
      for (int c = 0; c < channels; c++) {
        sum += sample(data, base + c * bytes, encoding, bigEndian);
      }
      mono[f] = channels == 1 ? sum : sum / channels;
    }
    return mono;
  }

  static int bytesPerSample(Encoding encoding) {
    return switch (encoding) {
      case UNSIGNED_8 -> 1;
      case SIGNED_16 -> 2;
      case SIGNED_24 -> 3;
      case SIGNED_32, FLOAT_32 -> 4;
      case FLOAT_64 -> 8;
    };
  }

  private static float sample(byte[] d, int at, Encoding encoding, boolean bigEndian) {
    return switch (encoding) {
      case UNSIGNED_8 -> ((d[at] & 0xff) - 128) / 128f;
      case SIGNED_16 -> (short) bits(d, at, 2, bigEndian) / 32768f;
      case SIGNED_24 -> (float) (int) (bits(d, at, 3, bigEndian) << 8) / 2147483648f;
      case SIGNED_32 -> (float) (int) bits(d, at, 4, bigEndian) * (1f / 2147483648f);
      case FLOAT_32 -> Float.intBitsToFloat((int) bits(d, at, 4, bigEndian));
      case FLOAT_64 -> (float) Double.longBitsToDouble(bits(d, at, 8, bigEndian));
    };
  }

  private static long bits(byte[] d, int at, int n, boolean bigEndian) {
    long v = 0;
    for (int i = 0; i < n; i++) {
      int b = d[at + (bigEndian ? i : n - 1 - i)] & 0xff;
      v = (v << 8) | b;
    }
    return v;
  }
}

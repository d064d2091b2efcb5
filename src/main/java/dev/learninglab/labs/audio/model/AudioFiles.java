package dev.learninglab.labs.audio.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Loads audio files as {@code librosa.load} does: mono float32, resampled to 22,050 Hz with scipy's
 * {@code resample_poly} (librosa's {@code res_type="polyphase"}) unless the native rate is asked
 * for.
 *
 * <pre>{@code
 * AudioClip clip = AudioFiles.load(Path.of("guit_em9.wav"), AudioFiles.DEFAULT_RATE);
 * }</pre>
 */
public final class AudioFiles {
  /** librosa's default target rate. */
  public static final int DEFAULT_RATE = 22_050;

  /** Pass as the target rate to keep the file's own rate ({@code sr=None}). */
  public static final int NATIVE_RATE = 0;

  /** The longest clip the lab loads: half an hour is plenty for a spectrogram and fits memory. */
  public static final double MAX_SECONDS = 30 * 60;

  /** The highest sample rate a header may declare (the fastest studio converters). */
  public static final int MAX_RATE = 768_000;

  private AudioFiles() {}

  /** The file's format, read from its header only. */
  public static SourceFormat info(Path file) {
    SourceFormat format;
    try {
      format = isFlac(file) ? FlacReader.format(file) : WavReader.format(file);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    if (format.sampleRate() < 1 || format.sampleRate() > MAX_RATE) {
      throw new AudioFileException(
          file
              + "'s header declares a sample rate of "
              + Integer.toUnsignedString(format.sampleRate())
              + " Hz; a recording's rate is 1 Hz to 768 kHz, so the header is damaged");
    }
    return format;
  }

  /**
   * The first sample that is NaN or infinite, or -1: librosa refuses such audio ("Audio buffer is
   * not finite everywhere"), and every feature of it would be NaN.
   */
  static int firstNonFinite(float[] samples) {
    for (int i = 0; i < samples.length; i++) {
      if (!Float.isFinite(samples[i])) {
        return i;
      }
    }
    return -1;
  }

  /** Loads the file to mono float32 at {@code targetRate} ({@link #NATIVE_RATE} keeps it). */
  public static AudioClip load(Path file, int targetRate) {
    try {
      SourceFormat source = info(file);
      long maxFrames = (long) (MAX_SECONDS * Math.max(1, source.sampleRate()));
      AudioClip clip =
          isFlac(file) ? FlacReader.read(file, maxFrames) : WavReader.read(file, maxFrames);
      if (clip.samples().length == 0) {
        throw new AudioFileException(file + " holds no samples (0 frames of audio)");
      }
      int bad = firstNonFinite(clip.samples());
      if (bad >= 0) {
        throw new AudioFileException(
            file
                + " holds a sample that is not a finite number ("
                + clip.samples()[bad]
                + " at frame "
                + bad
                + "); the audio is damaged");
      }
      return targetRate == NATIVE_RATE ? clip : clip.resampled(targetRate);
    } catch (IOException e) {
      throw unreadable(file, e);
    } catch (ArithmeticException | OutOfMemoryError e) {
      throw new AudioFileException(file + " is too large to load");
    }
  }

  /** One line for a failed read; a file that ends early gives Java's EOFException, with no text. */
  private static AudioFileException unreadable(Path file, IOException e) {
    String why =
        e instanceof java.io.EOFException || e.getMessage() == null
            ? "it ends before its header or audio does (truncated or damaged)"
            : e.getMessage();
    return new AudioFileException("Cannot read " + file + ": " + why);
  }

  static AudioFileException tooLong(Path file, SourceFormat source) {
    return new AudioFileException(
        String.format(
            Locale.ROOT,
            "%s holds %.1f minutes of audio; the lab reads at most %.0f minutes",
            file,
            source.seconds() / 60,
            MAX_SECONDS / 60));
  }

  private static boolean isFlac(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new AudioFileException(file + " does not exist or is not a file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4
          && magic[0] == 'f'
          && magic[1] == 'L'
          && magic[2] == 'a'
          && magic[3] == 'C';
    }
  }
}

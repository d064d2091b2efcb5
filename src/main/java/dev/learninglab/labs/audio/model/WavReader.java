package dev.learninglab.labs.audio.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** Reads WAV (and AIFF/AU) files through javax.sound.sampled, to mono float32. */
final class WavReader {
  private WavReader() {}

  static SourceFormat format(Path file) throws IOException {
    try {
      AudioFileFormat fileFormat = AudioSystem.getAudioFileFormat(file.toFile());
      AudioFormat f = fileFormat.getFormat();
      encoding(file, f); // rejects what the lab cannot decode before anything is read
      return new SourceFormat(
          fileFormat.getType().toString(),
          f.getEncoding().toString(),
          f.getSampleSizeInBits(),
          f.getChannels(),
          Math.round(f.getSampleRate()),
          Math.max(0, fileFormat.getFrameLength()));
    } catch (UnsupportedAudioFileException e) {
      throw new AudioFileException(
          file + " is not an audio file the lab can read (expected WAV or FLAC)");
    }
  }

  static AudioClip read(Path file, long maxFrames) throws IOException {
    SourceFormat source = format(file);
    if (source.frames() > maxFrames) {
      throw AudioFiles.tooLong(file, source);
    }
    try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
      AudioFormat f = in.getFormat();
      int frameSize = f.getFrameSize();
      byte[] data = readFully(in, Math.multiplyExact((int) source.frames(), frameSize));
      if (data.length < source.frames() * frameSize) {
        throw new AudioFileException(
            file
                + " is truncated: its header announces "
                + source.frames()
                + " frames but the file holds "
                + data.length / frameSize);
      }
      float[] mono =
          PcmSamples.toMono(
              data, (int) source.frames(), f.getChannels(), encoding(file, f), f.isBigEndian());
      return new AudioClip(mono, source.sampleRate(), source);
    } catch (UnsupportedAudioFileException e) {
      throw new AudioFileException(
          file + " is not an audio file the lab can read (expected WAV or FLAC)");
    }
  }

  private static byte[] readFully(InputStream in, int expected) throws IOException {
    byte[] data = new byte[expected];
    int n = 0;
    while (n < expected) {
      int r = in.read(data, n, expected - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    return n == expected ? data : java.util.Arrays.copyOf(data, n);
  }

  private static PcmSamples.Encoding encoding(Path file, AudioFormat f) {
    AudioFormat.Encoding e = f.getEncoding();
    int bits = f.getSampleSizeInBits();
    if (AudioFormat.Encoding.PCM_UNSIGNED.equals(e) && bits == 8) {
      return PcmSamples.Encoding.UNSIGNED_8;
    }
    if (AudioFormat.Encoding.PCM_SIGNED.equals(e)) {
      switch (bits) {
        case 16:
          return PcmSamples.Encoding.SIGNED_16;
        case 24:
          return PcmSamples.Encoding.SIGNED_24;
        case 32:
          return PcmSamples.Encoding.SIGNED_32;
        default:
          break;
      }
    }
    if (AudioFormat.Encoding.PCM_FLOAT.equals(e) && (bits == 32 || bits == 64)) {
      return bits == 32 ? PcmSamples.Encoding.FLOAT_32 : PcmSamples.Encoding.FLOAT_64;
    }
    throw new AudioFileException(
        file
            + " holds "
            + bits
            + "-bit "
            + e
            + " samples; the lab reads 8/16/24/32-bit PCM and 32/64-bit float");
  }
}

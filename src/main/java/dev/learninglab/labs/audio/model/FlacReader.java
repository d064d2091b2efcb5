package dev.learninglab.labs.audio.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jflac.FLACDecoder;
import org.jflac.PCMProcessor;
import org.jflac.metadata.StreamInfo;
import org.jflac.util.ByteData;

/** Decodes FLAC with jFLAC (a pure-Java decoder) to mono float32. */
final class FlacReader {
  private FlacReader() {}

  static SourceFormat format(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return format(file, new FLACDecoder(in).readStreamInfo());
    } catch (RuntimeException e) {
      throw new AudioFileException(file + " is not a readable FLAC file (" + e.getMessage() + ")");
    }
  }

  static AudioClip read(Path file, long maxFrames) throws IOException {
    SourceFormat source = format(file);
    if (source.frames() > maxFrames) {
      throw AudioFiles.tooLong(file, source);
    }
    ByteArrayOutputStream pcm = new ByteArrayOutputStream();
    try (InputStream in = Files.newInputStream(file)) {
      FLACDecoder decoder = new FLACDecoder(in);
      decoder.addPCMProcessor(
          new PCMProcessor() {
            @Override
            public void processStreamInfo(StreamInfo info) {}

            @Override
            public void processPCM(ByteData data) {
              pcm.write(data.getData(), 0, data.getLen());
            }
          });
      decoder.decode();
    } catch (RuntimeException e) {
      throw new AudioFileException(file + " is a damaged FLAC file (" + e.getMessage() + ")");
    }
    int bytes = (source.bitsPerSample() + 7) / 8;
    int frameSize = bytes * source.channels();
    int frames = pcm.size() / frameSize;
    if (frames < source.frames()) {
      throw new AudioFileException(
          file
              + " is truncated: its header announces "
              + source.frames()
              + " frames but "
              + frames
              + " could be decoded");
    }
    float[] mono =
        PcmSamples.toMono(
            pcm.toByteArray(), frames, source.channels(), encoding(file, bytes), false);
    return new AudioClip(mono, source.sampleRate(), source);
  }

  private static SourceFormat format(Path file, StreamInfo info) {
    if (info == null) {
      throw new AudioFileException(file + " is not a readable FLAC file (no stream info)");
    }
    return new SourceFormat(
        "FLAC",
        "PCM_SIGNED",
        info.getBitsPerSample(),
        info.getChannels(),
        info.getSampleRate(),
        info.getTotalSamples());
  }

  private static PcmSamples.Encoding encoding(Path file, int bytes) {
    return switch (bytes) {
      case 1 -> PcmSamples.Encoding.UNSIGNED_8;
      case 2 -> PcmSamples.Encoding.SIGNED_16;
      case 3 -> PcmSamples.Encoding.SIGNED_24;
      default -> throw new AudioFileException(file + " has " + bytes * 8 + "-bit FLAC samples");
    };
  }
}

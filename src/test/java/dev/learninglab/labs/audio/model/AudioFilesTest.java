package dev.learninglab.labs.audio.model;

import static dev.learninglab.labs.audio.model.LibrosaFixture.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formats the loader reads, FLAC against librosa, and bad files giving one clear message. */
class AudioFilesTest {
  @TempDir Path dir;

  @Test
  void flacDecodesLikeLibrosaIncludingTheStereoDownmix() {
    for (String name : new String[] {"guit_e_fifths", "drum_heavy_kick"}) {
      JsonNode ref = LibrosaFixture.json(name + ".flac.json");
      AudioClip clip =
          AudioFiles.load(
              LibrosaFixture.bundled("flac-original/" + name + ".flac"), AudioFiles.NATIVE_RATE);
      assertThat(clip.sampleRate()).isEqualTo(ref.get("sr").asInt());
      assertThat(clip.samples()).hasSize(ref.get("samples").asInt());
      int stride = ref.get("stride").asInt();
      double[] strided = new double[(clip.samples().length + stride - 1) / stride];
      for (int i = 0; i < strided.length; i++) {
        strided[i] = clip.samples()[i * stride];
      }
      assertClose(
          LibrosaFixture.doubles(ref.get("strided")),
          strided,
          ref.get("absMax").asDouble(),
          name + ".flac");
    }
  }

  @Test
  void infoReportsTheFileFormat() {
    SourceFormat f = AudioFiles.info(LibrosaFixture.signal("stereo_48k_pcm24.wav"));
    assertThat(f.channels()).isEqualTo(2);
    assertThat(f.bitsPerSample()).isEqualTo(24);
    assertThat(f.sampleRate()).isEqualTo(48000);
    assertThat(f.frames()).isEqualTo(36000);
  }

  @Test
  void aTextFileIsNotAudio() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.wav"), "not audio at all");
    assertThatThrownBy(() -> AudioFiles.load(text, AudioFiles.DEFAULT_RATE))
        .isInstanceOf(AudioFileException.class)
        .hasMessage(text + " is not an audio file the lab can read (expected WAV or FLAC)");
  }

  @Test
  void aTruncatedWavSaysSo() throws IOException {
    byte[] whole = Files.readAllBytes(LibrosaFixture.signal("chord_a445_44k_pcm16.wav"));
    Path cut = dir.resolve("cut.wav");
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
    assertThatThrownBy(() -> AudioFiles.load(cut, AudioFiles.DEFAULT_RATE))
        .isInstanceOf(AudioFileException.class)
        .hasMessageContaining(cut + " is truncated: its header announces 44100 frames");
  }

  @Test
  void aWavWithNoSamplesSaysSo() throws IOException {
    Path empty = wav(dir.resolve("empty.wav"), 0, 0);
    assertThatThrownBy(() -> AudioFiles.load(empty, AudioFiles.DEFAULT_RATE))
        .isInstanceOf(AudioFileException.class)
        .hasMessage(empty + " holds no samples (0 frames of audio)");
  }

  @Test
  void aHugeWavIsRefusedBeforeItIsRead() throws IOException {
    // a sparse file: a header announcing ~3 hours of 16-bit mono at 44.1 kHz, no disk used
    long dataBytes = 3L * 3600 * 44100 * 2;
    Path huge = wav(dir.resolve("huge.wav"), dataBytes, dataBytes);
    assertThatThrownBy(() -> AudioFiles.load(huge, AudioFiles.DEFAULT_RATE))
        .isInstanceOf(AudioFileException.class)
        .hasMessage(huge + " holds 180.0 minutes of audio; the lab reads at most 30 minutes");
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("missing.wav");
    assertThatThrownBy(() -> AudioFiles.load(missing, AudioFiles.DEFAULT_RATE))
        .hasMessage(missing + " does not exist or is not a file");
  }

  /** A 16-bit mono 44.1 kHz WAV header declaring {@code declared} data bytes. */
  private static Path wav(Path path, long declared, long dataBytes) throws IOException {
    ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
    h.put("RIFF".getBytes()).putInt((int) Math.min(0xffffffffL, 36 + declared));
    h.put("WAVEfmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1);
    h.putInt(44100).putInt(88200).putShort((short) 2).putShort((short) 16);
    h.put("data".getBytes()).putInt((int) declared);
    try (RandomAccessFile f = new RandomAccessFile(path.toFile(), "rw")) {
      f.write(h.array());
      f.setLength(44 + dataBytes);
    }
    return path;
  }
}

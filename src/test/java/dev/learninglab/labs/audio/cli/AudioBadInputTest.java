package dev.learninglab.labs.audio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.testing.BadInputs;
import dev.learninglab.testing.Cli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 30's audio probes: damaged headers and samples, and an output that is the input. */
class AudioBadInputTest {
  private static final Path KICK = Path.of("data/audio/drum_heavy_kick.wav");

  @TempDir Path dir;

  /** A WAV file: format 1 (PCM) or 3 (IEEE float), mono, with the given rate and samples. */
  static Path wav(Path file, int format, int bits, int rate, byte[] data) throws IOException {
    ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
    int blockAlign = bits / 8;
    h.put("RIFF".getBytes()).putInt(36 + data.length).put("WAVE".getBytes());
    h.put("fmt ".getBytes()).putInt(16).putShort((short) format).putShort((short) 1);
    h.putInt(rate).putInt(rate * blockAlign).putShort((short) blockAlign).putShort((short) bits);
    h.put("data".getBytes()).putInt(data.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(h.array());
    out.write(data);
    return Files.write(file, out.toByteArray());
  }

  private static byte[] floats(float... samples) {
    ByteBuffer b = ByteBuffer.allocate(samples.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float s : samples) {
      b.putFloat(s);
    }
    return b.array();
  }

  @Test
  void anOutputThatIsTheInputIsRefusedAndTheInputKept() throws IOException {
    Path input = Files.copy(KICK, dir.resolve("kick.wav"));
    byte[] before = Files.readAllBytes(input);
    Cli same = Cli.run("audio", "spectrogram", input.toString(), "--csv", input.toString());
    assertThat(same.code()).isEqualTo(1);
    assertThat(same.err()).contains("it is the input").contains("give the output another name");
    Path link = BadInputs.symlinkTo(dir, "other-name.png", input);
    Cli linked = Cli.run("audio", "chroma", input.toString(), "--png", link.toString());
    assertThat(linked.code()).isEqualTo(1);
    assertThat(linked.err()).contains("it is the input");
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  /** A FLAC cut inside its STREAMINFO block used to say "Cannot read f.flac: null". */
  @Test
  void aTruncatedFlacHeaderIsNamedAsTruncated() throws IOException {
    Path flac =
        Files.write(dir.resolve("short.flac"), "fLaC\0\0\0\u0005abcde".getBytes("ISO-8859-1"));
    Cli r = Cli.run("audio", "info", flac.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(flac + ": it ends before").doesNotContain("null");
  }

  @Test
  void nonFiniteSamplesAreRefused() throws IOException {
    for (float bad : new float[] {Float.NaN, Float.POSITIVE_INFINITY}) {
      Path f = wav(dir.resolve("bad.wav"), 3, 32, 8000, floats(0.1f, bad, 0.2f, 0.3f));
      Cli r = Cli.run("audio", "spectrogram", f.toString(), "--sr", "native", "--json");
      assertThat(r.code()).as(r.err()).isEqualTo(1);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).contains("not a finite number").contains("frame 1");
    }
  }

  @Test
  void impossibleSampleRatesInTheHeaderAreRefused() throws IOException {
    byte[] pcm = new byte[4000];
    for (int rate : new int[] {0, Integer.MAX_VALUE, -1, 768_001}) {
      Path f = wav(dir.resolve("rate.wav"), 1, 16, rate, pcm);
      for (String command : new String[] {"info", "spectrogram", "chroma"}) {
        Cli r = Cli.run("audio", command, f.toString());
        assertThat(r.code()).as("%s at %d Hz: %s", command, rate, r.err()).isEqualTo(1);
        assertThat(r.err().strip())
            .as("%s at %d Hz", command, rate)
            .contains("sample rate of " + Integer.toUnsignedString(rate) + " Hz")
            .contains("1 Hz to 768 kHz")
            .doesNotContain("\n");
      }
    }
    Path fine = wav(dir.resolve("fine.wav"), 1, 16, 8000, pcm);
    assertThat(Cli.run("audio", "info", fine.toString()).code()).isZero();
  }

  @Test
  void hugeNotesAndFrequenciesSayWhatIsWrong() {
    Cli octave = Cli.run("audio", "note", "B#9999999999");
    assertThat(octave.code()).isEqualTo(1);
    assertThat(octave.err()).contains("the octave must be -10 to 20").doesNotContain("For input");
    Cli infinite = Cli.run("audio", "note", "1e400");
    assertThat(infinite.code()).isEqualTo(1);
    assertThat(infinite.err()).contains("too large a frequency").doesNotContain("positive");
    assertThat(Cli.run("audio", "note", "C20").code()).isZero();
  }

  @Test
  void aSampleRateOutOfRangeSaysTheRange() {
    Cli r = Cli.run("audio", "spectrogram", KICK.toString(), "--sr", "1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("--sr must be `native` or a rate in Hz between 1000 and 384000, got `1`")
        .doesNotContain("cannot convert");
  }
}

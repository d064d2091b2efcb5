package dev.learninglab.labs.audio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.io.Json;
import dev.learninglab.labs.audio.model.Notes;
import dev.learninglab.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The `learning-lab audio` contract: JSON shapes, CSV/PNG files, one-line errors. */
class AudioCommandTest {
  private static final String GUITAR = "data/audio/guit_e_fifths.wav";
  private static final String KICK = "data/audio/drum_heavy_kick.wav";

  /** The latest run: what the assertions after a run() read. */
  private Cli last;

  private int run(String... args) {
    last = Cli.run(args);
    return last.code();
  }

  @TempDir Path dir;

  private JsonNode json() throws IOException {
    return Json.mapper().readTree(last.out());
  }

  @Test
  void spectrogramJsonHasExactlyTheContractFields() throws IOException {
    assertThat(run("audio", "spectrogram", KICK, "--json")).as("stderr %s", last.err()).isZero();
    JsonNode j = json();
    assertThat(
            Stream.of(j.fieldNames())
                .flatMap(
                    it -> {
                      List<String> l = new java.util.ArrayList<>();
                      it.forEachRemaining(l::add);
                      return l.stream();
                    }))
        .containsExactly("sr", "samples", "nFft", "hop", "shape", "tuning", "summary");
    assertThat(j.get("sr").asInt()).isEqualTo(22050);
    assertThat(j.get("samples").asInt()).isEqualTo(5957);
    assertThat(j.get("shape").get(0).asInt()).isEqualTo(1025);
    assertThat(j.get("shape").get(1).asInt()).isEqualTo(1 + 5957 / 512);
    assertThat(j.get("tuning").isNull()).isTrue();
    assertThat(j.at("/summary/max").asDouble()).isPositive();
    assertThat(j.at("/summary/min").asDouble()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void compareGivesEachClipsMeanChromaCentreAndSpread() throws IOException {
    assertThat(run("audio", "compare", GUITAR, KICK, "--json"))
        .as("stderr %s", last.err())
        .isZero();
    JsonNode clips = json().get("clips");
    assertThat(clips).hasSize(2);
    assertThat(clips.get(0).get("file").asText()).isEqualTo("guit_e_fifths.wav");
    assertThat(clips.get(0).get("meanChroma")).hasSize(12);
    assertThat(clips.get(0).get("centre").asText()).isIn(Notes.SHARPS);
    assertThat(clips.get(1).get("spread").asDouble()).isBetween(0.0, 1.0);
    assertThat(run("audio", "compare", GUITAR)).isZero();
    assertThat(last.out()).contains("guit_e_fifths.wav").contains("centre");
    assertThat(run("audio", "compare")).isEqualTo(2);
  }

  @Test
  void spectrogramOptionsChangeTheFraming() throws IOException {
    assertThat(
            run(
                "audio",
                "spectrogram",
                KICK,
                "--sr",
                "native",
                "--n-fft",
                "1024",
                "--hop",
                "256",
                "--db",
                "--json"))
        .isZero();
    JsonNode j = json();
    assertThat(j.get("sr").asInt()).isEqualTo(44100);
    assertThat(j.get("samples").asInt()).isEqualTo(11913);
    assertThat(j.get("shape").get(0).asInt()).isEqualTo(513);
    assertThat(j.get("shape").get(1).asInt()).isEqualTo(1 + 11913 / 256);
    assertThat(j.at("/summary/max").asDouble()).isZero();
    assertThat(j.at("/summary/min").asDouble()).isEqualTo(-80.0);
  }

  @Test
  void chromaReportsTheEstimatedTuningAndWritesCsvAndPng() throws IOException {
    Path csv = dir.resolve("chroma.csv");
    Path png = dir.resolve("chroma.png");
    assertThat(
            run(
                "audio",
                "chroma",
                GUITAR,
                "--csv",
                csv.toString(),
                "--png",
                png.toString(),
                "--json"))
        .as("stderr %s", last.err())
        .isZero();
    JsonNode j = json();
    assertThat(j.get("tuning").asDouble())
        .isEqualTo(-0.07, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(j.get("shape").get(0).asInt()).isEqualTo(12);
    assertThat(j.at("/summary/max").asDouble()).isEqualTo(1.0);
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines).hasSize(13);
    assertThat(lines.get(1)).startsWith("C,");
    assertThat(lines.get(0).split(",")).hasSize(1 + j.get("shape").get(1).asInt());
    assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(1000);
  }

  @Test
  void chromaWithFixedTuningUsesIt() throws IOException {
    assertThat(run("audio", "chroma", GUITAR, "--tuning", "0.25", "--json")).isZero();
    assertThat(json().get("tuning").asDouble()).isEqualTo(0.25);
  }

  @Test
  void mfccHasTheAskedCoefficients() throws IOException {
    assertThat(run("audio", "mfcc", KICK, "--n-mfcc", "13", "--json")).isZero();
    assertThat(json().get("shape").get(0).asInt()).isEqualTo(13);
  }

  @Test
  void infoReadsTheHeader() throws IOException {
    assertThat(run("audio", "info", "data/audio/flac-original/guit_em9.flac", "--json")).isZero();
    JsonNode j = json();
    assertThat(j.get("container").asText()).isEqualTo("FLAC");
    assertThat(j.get("channels").asInt()).isEqualTo(2);
    assertThat(j.get("sampleRate").asInt()).isEqualTo(44100);
    assertThat(j.get("frames").asLong()).isEqualTo(439768);
  }

  @Test
  void noteConvertsBothWays() throws IOException {
    assertThat(run("audio", "note", "Db4", "--json")).isZero();
    JsonNode j = json();
    assertThat(j.get("name").asText()).isEqualTo("C#4");
    assertThat(j.get("midi").asInt()).isEqualTo(61);
    assertThat(j.get("enharmonics").toString()).isEqualTo("[\"C#4\",\"Db4\"]");
    assertThat(run("audio", "note", "440")).isZero();
    assertThat(last.out()).startsWith("440: A4 (MIDI 69, octave 4)");
  }

  @Test
  void badInputGivesOneLineMessages() throws IOException {
    Path text = Files.writeString(dir.resolve("song.wav"), "hello");
    assertThat(run("audio", "spectrogram", text.toString())).isEqualTo(1);
    assertThat(last.err().strip())
        .isEqualTo(
            "learning-lab audio spectrogram: "
                + text
                + " is not an audio file the lab can read (expected WAV or FLAC)");
    assertThat(run("audio", "chroma", KICK, "--tuning", "sharp")).isEqualTo(1);
    assertThat(last.err())
        .contains("--tuning must be `auto` or a number")
        .doesNotContain("at dev.");
    assertThat(run("audio", "note", "H2")).isEqualTo(1);
    assertThat(last.err().lines()).hasSize(1);
    assertThat(run("audio", "spectrogram", KICK, "--n-fft", "1")).isEqualTo(1);
    assertThat(last.err()).contains("n_fft must be between 2 and 65536, got 1");
  }
}

package dev.learninglab.labs.captioning.cli;

import static dev.learninglab.testing.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.io.Json;
import dev.learninglab.testing.Cli;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train → eval → caption on a tiny shapes set, and the bad inputs of caption. */
class CaptioningTrainCliTest {

  @TempDir static Path dir;
  static Path model;

  @BeforeAll
  static void train() throws Exception {
    model = dir.resolve("model");
    Cli r =
        run(
            "captioning",
            "train",
            "--dataset",
            "shapes",
            "--model",
            "v3",
            "--epochs",
            "1",
            "--count",
            "160",
            "--out",
            model.toString(),
            "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = Json.mapper().readTree(r.out());
    assertThat(json.get("model").asText()).isEqualTo("v3");
    assertThat(json.get("bestEpoch").asInt()).isEqualTo(1);
    assertThat(Files.exists(model.resolve("v3/v3.params"))).isTrue();
    assertThat(Files.exists(model.resolve("v3/v3.json"))).isTrue();
  }

  @Test
  void evalPrintsTheContractJson() throws Exception {
    Cli r =
        run(
            "captioning",
            "eval",
            "--model",
            model.toString(),
            "--split",
            "test",
            "--count",
            "160",
            "--beam",
            "2",
            "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = Json.mapper().readTree(r.out());
    assertThat(json.get("model").asText()).isEqualTo(model.toString());
    assertThat(json.get("split").asText()).isEqualTo("test");
    assertThat(json.get("bleu")).hasSize(4);
    assertThat(json.get("images").asInt()).isEqualTo(20);
    assertThat(json.get("semanticAccuracy").asDouble()).isBetween(0.0, 1.0);
    assertThat(json.get("distinctCaptions").asInt()).isBetween(1, 20);
    assertThat(json.get("endRate").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void captionPrintsOneObjectPerImage() throws Exception {
    Path data = dir.resolve("shapes");
    assertThat(
            run(
                    "captioning",
                    "data",
                    "--dataset",
                    "shapes",
                    "--out",
                    data.toString(),
                    "--count",
                    "8")
                .code())
        .isZero();
    Path a = data.resolve("images/00000.png");
    Path b = data.resolve("images/00001.png");
    Cli r =
        run(
            "captioning",
            "caption",
            a.toString(),
            b.toString(),
            "--model",
            model.toString(),
            "--beam",
            "3",
            "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = Json.mapper().readTree(r.out());
    assertThat(json).hasSize(2);
    assertThat(json.get(0).get("image").asText()).isEqualTo(a.toString());
    assertThat(json.get(0).get("beam").asInt()).isEqualTo(3);
    assertThat(json.get(0).get("caption").asText())
        .isEqualTo(
            String.join(
                " ", Json.mapper().convertValue(json.get(0).get("tokens"), String[].class)));
  }

  @Test
  void aCorruptImageIsNamedInOneLine() throws Exception {
    Path bad = dir.resolve("corrupt.png");
    Files.write(bad, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    Cli r = run("captioning", "caption", bad.toString(), "--model", model.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("corrupt.png").doesNotContain("\tat ");
  }

  @Test
  void anEmptyFileIsNamed() throws Exception {
    Path empty = dir.resolve("empty.jpg");
    Files.write(empty, new byte[0]);
    Cli r = run("captioning", "caption", empty.toString(), "--model", model.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("empty.jpg");
  }

  @Test
  void aHugeImageIsRefusedBeforeDecoding() throws Exception {
    Path huge = dir.resolve("huge.png");
    Files.write(huge, pngHeader(100_000, 100_000));
    Cli r = run("captioning", "caption", huge.toString(), "--model", model.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("huge.png").contains("100000×100000").contains("scale it down");
  }

  @Test
  void aBeamOutsideOneToFiveIsRefused() {
    Cli r = run("captioning", "eval", "--model", model.toString(), "--beam", "9");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("--beam must be 1 to 5");
  }

  /** A PNG signature and IHDR chunk claiming {@code w×h} RGB pixels, with no image data. */
  private static byte[] pngHeader(int w, int h) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    ByteArrayOutputStream chunk = new ByteArrayOutputStream();
    DataOutputStream c = new DataOutputStream(chunk);
    c.writeBytes("IHDR");
    c.writeInt(w);
    c.writeInt(h);
    c.write(new byte[] {8, 2, 0, 0, 0});
    byte[] body = chunk.toByteArray();
    CRC32 crc = new CRC32();
    crc.update(body);
    out.writeInt(13);
    out.write(body);
    out.writeInt((int) crc.getValue());
    return bytes.toByteArray();
  }
}

package dev.learninglab.labs.iin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.io.Json;
import dev.learninglab.testing.BadInputs;
import dev.learninglab.testing.Cli;
import dev.learninglab.testing.Mirror;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IinCommandTest {
  @Test
  void bothTrainCommandsRefuseAFileAsOutBeforeTraining(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("file"), "x");
    Cli ae = Cli.run("iin", "train-ae", "--out", file.toString());
    assertThat(ae.code()).isEqualTo(1);
    assertThat(ae.err()).contains(file + ": it is a file");
    Cli flow = Cli.run("iin", "train-flow", "--ae", dir.toString(), "--out", file.toString());
    assertThat(flow.code()).isEqualTo(1);
    assertThat(flow.err()).contains(file + ": it is a file");
    assertThat(file).hasContent("x");
  }

  @TempDir Path dir;
  private Cli last;

  private int run(String... args) {
    last = Cli.run(args);
    return last.code();
  }

  /** The error line, after any progress the command drew on stderr before it. */
  private static String lastLine(String err) {
    String[] lines = err.strip().split("[\\r\\n]+");
    return lines[lines.length - 1];
  }

  @Test
  void toyJsonHasNllAndEntropy() throws Exception {
    assertThat(run("iin", "toy", "--steps", "30", "--blocks", "2", "--json"))
        .as("stderr: %s", last.err())
        .isZero();
    JsonNode json = Json.mapper().readTree(last.out());
    assertThat(json.get("entropy").asDouble()).isBetween(2.80, 2.87);
    // 30 steps cannot learn much, but a flow's NLL is a finite number above the entropy
    assertThat(json.get("nll").asDouble()).isBetween(json.get("entropy").asDouble(), 20.0);
  }

  /** The shipped model on the test digits: exact inverse, and swaps through T beat swaps on z. */
  @Test
  void shippedModelSwapsFactorsBetterThanTheRawCode() throws Exception {
    Mirror.assumeDatasets("mnist-test");
    assertThat(run("iin", "eval", "--pairs", "200", "--json"))
        .as("stderr: %s", last.err())
        .isZero();
    JsonNode json = Json.mapper().readTree(last.out());
    assertThat(json.get("invertibility").asDouble()).isLessThanOrEqualTo(1e-4);
    for (String factor : new String[] {"digit", "colour"}) {
      double flow = json.at("/swap/" + factor + "/follows").asDouble();
      double plain = json.at("/halves/" + factor + "/follows").asDouble();
      assertThat(flow).as(factor).isGreaterThan(plain + 0.3);
    }
    assertThat(json.get("probe")).hasSize(3);
    assertThat(
            json.at("/factorSizes/residual").asInt()
                + json.at("/factorSizes/digit").asInt()
                + json.at("/factorSizes/colour").asInt())
        .isEqualTo(64);
  }

  @Test
  void swapWritesItsPicture() throws Exception {
    Mirror.assumeDatasets("mnist-test");
    Path png = dir.resolve("swap.png");
    assertThat(
            run(
                "iin",
                "swap",
                "--a",
                "3",
                "--b",
                "10",
                "--factor",
                "digit",
                "--png",
                png.toString(),
                "--json"))
        .as("stderr: %s", last.err())
        .isZero();
    assertThat(Files.size(png)).isPositive();
    assertThat(Json.mapper().readTree(last.out()).at("/imageB/digit").asInt()).isBetween(0, 9);
  }

  @Test
  void badInputIsRefusedInOneLineAndNothingIsWritten() throws Exception {
    Mirror.assumeDatasets("mnist-test");
    Path png = dir.resolve("out.png");
    String[][] cases = {
      {"iin", "swap", "--a", "3", "--b", "1", "--factor", "size", "--png", png.toString()},
      {"iin", "swap", "--a", "3", "--b", "2000", "--factor", "digit", "--png", png.toString()},
      {"iin", "swap", "--a", "-1", "--b", "2", "--factor", "digit", "--png", png.toString()},
      {"iin", "swap", "--model", dir.toString(), "--a", "1", "--b", "2", "--factor", "digit"},
      {"iin", "eval", "--pairs", "0"},
      {"iin", "toy", "--density", "spiral"},
      {"iin", "train-flow", "--ae", dir.toString(), "--factors", "digit,size"},
    };
    for (String[] args : cases) {
      assertThat(run(args)).as(String.join(" ", args)).isEqualTo(1);
      assertThat(BadInputs.isOneCleanLine(lastLine(last.err()), 300))
          .as("%s → %s", String.join(" ", args), last.err())
          .isTrue();
    }
    assertThat(png).doesNotExist();
    assertThat(last.err()).contains("digit,colour");
  }

  @Test
  void aTruncatedWeightFileIsRefused() throws Exception {
    Path model = dir.resolve("model");
    Files.createDirectories(model);
    for (String file : new String[] {"iin.json", "iin.params", "iin-2.params", "iin-3.params"}) {
      try (InputStream in =
          getClass().getResourceAsStream("/dev/learninglab/labs/iin/colormnist/" + file)) {
        byte[] bytes = in.readAllBytes();
        int keep = file.equals("iin-3.params") ? bytes.length / 2 : bytes.length;
        Files.write(model.resolve(file), java.util.Arrays.copyOf(bytes, keep));
      }
    }
    assertThat(
            run(
                "iin",
                "swap",
                "--model",
                model.toString(),
                "--a",
                "1",
                "--b",
                "2",
                "--factor",
                "digit"))
        .isEqualTo(1);
    assertThat(last.err()).contains("iin-3.params");
    assertThat(BadInputs.isOneCleanLine(lastLine(last.err()), 400)).as(last.err()).isTrue();
  }

  @Test
  void anAutoencoderFolderIsNotAnIin() throws IOException {
    Path ae = dir.resolve("ae");
    Files.createDirectories(ae);
    Files.writeString(
        ae.resolve("autoencoder.json"),
        "{\"lab\":\"iin\",\"members\":2,\"epoch\":1,\"score\":null,\"stopReason\":\"completed\",\"model\":{}}");
    assertThat(run("iin", "eval", "--model", ae.toString())).isEqualTo(1);
    assertThat(last.err()).contains("holds a stage-1 autoencoder, not a trained IIN");
  }
}

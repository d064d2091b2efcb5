package dev.learninglab.labs.superres.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.cli.RootCommand;
import dev.learninglab.core.compute.onnx.OnnxRuntimeRunner;
import dev.learninglab.core.io.Json;
import dev.learninglab.labs.superres.io.ImageFiles;
import dev.learninglab.labs.superres.model.RgbImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SuperresCliTest {

  @TempDir Path dir;

  @Test
  void degradeThenEvalPrintsTheContractJson() throws Exception {
    Path hr = dir.resolve("hr");
    ImageFiles.writePng(texture(66, 51), hr.resolve("texture.png"));

    Result degrade =
        run(
            "superres",
            "degrade",
            hr.resolve("texture.png").toString(),
            dir.resolve("small.png").toString(),
            "--scale",
            "3");
    assertThat(degrade.code).isZero();
    RgbImage small = ImageFiles.read(dir.resolve("small.png"));
    assertThat(small.width()).isEqualTo(22);
    assertThat(small.height()).isEqualTo(17);

    Result eval = run("superres", "eval", "--dir", hr.toString(), "--scale", "3", "--json");
    assertThat(eval.code).isZero();
    JsonNode json = Json.mapper().readTree(eval.out);
    assertThat(json.get("scale").asInt()).isEqualTo(3);
    assertThat(json.get("protocol").asText()).contains("border");
    JsonNode image = json.get("images").get(0);
    assertThat(image.get("name").asText()).isEqualTo("texture.png");
    for (String key : new String[] {"bicubicPsnr", "fsrcnnPsnr", "bicubicSsim", "fsrcnnSsim"}) {
      assertThat(image.get(key).isNumber()).as(key).isTrue();
      assertThat(json.get("mean").get(key).asDouble()).isEqualTo(image.get(key).asDouble());
    }
  }

  @Test
  void upscaleWritesAnImageScaleTimesLargerWithEitherEngine() throws Exception {
    Path in = dir.resolve("in.png");
    ImageFiles.writePng(texture(20, 14), in);
    for (String engine : new String[] {"pytorch", "onnx"}) {
      Path out = dir.resolve(engine + ".png");
      assertThat(
              run(
                      "superres",
                      "upscale",
                      in.toString(),
                      out.toString(),
                      "--scale",
                      "3",
                      "--engine",
                      engine)
                  .code)
          .isZero();
      RgbImage big = ImageFiles.read(out);
      assertThat(big.width()).isEqualTo(60);
      assertThat(big.height()).isEqualTo(42);
    }
  }

  @Test
  void exportedOnnxRunsInOnnxRuntime() throws Exception {
    Path onnx = dir.resolve("x3.onnx");
    assertThat(run("superres", "export-onnx", "--scale", "3", onnx.toString()).code).isZero();
    try (OnnxRuntimeRunner runner = new OnnxRuntimeRunner(onnx)) {
      assertThat(runner.run(new float[5 * 4], new Shape(1, 1, 4, 5))).hasSize(15 * 12);
    }
  }

  @Test
  void trainWithoutValidationHoldsOutPartOfTheDataAndNeedsNoDownload() throws Exception {
    Path hr = dir.resolve("hr");
    for (int i = 0; i < 3; i++) {
      ImageFiles.writePng(texture(48 + i, 40), hr.resolve("t" + i + ".png"));
    }
    Path out = dir.resolve("model");
    Result r =
        run(
            "superres",
            "train",
            "--data",
            hr.toString(),
            "--scale",
            "2",
            "--epochs",
            "1",
            "--patches",
            "32",
            "--batch",
            "16",
            "--out",
            out.toString(),
            "--json");
    assertThat(r.code).as(r.err).isZero();
    JsonNode json = Json.mapper().readTree(r.out);
    assertThat(json.get("bestEpoch").asInt()).isEqualTo(1);
    assertThat(json.get("bestPsnr").asDouble()).isPositive();
  }

  @Test
  void badInputGivesAClearMessage() throws Exception {
    Path junk = dir.resolve("junk.png");
    Files.writeString(junk, "nope");
    Result r =
        run(
            "superres",
            "upscale",
            junk.toString(),
            dir.resolve("o.png").toString(),
            "--scale",
            "3");
    assertThat(r.code).isEqualTo(1);
    assertThat(r.err).contains("junk.png");
    assertThat(run("superres", "degrade", junk.toString(), "x.png", "--scale", "5").err)
        .contains("2, 3 or 4");
  }

  private static RgbImage texture(int w, int h) {
    Random random = new Random(3);
    int[] rgb = new int[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int v = (int) (128 + 90 * Math.sin(x * 0.4) * Math.cos(y * 0.3)) + random.nextInt(9);
        rgb[y * w + x] = (v << 16) | (Math.min(255, v + 20) << 8) | (255 - v);
      }
    }
    return new RgbImage(w, h, rgb);
  }

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = RootCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}

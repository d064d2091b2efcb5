package dev.learninglab.labs.superres.cli;

import static dev.learninglab.testing.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.compute.onnx.OnnxRuntimeRunner;
import dev.learninglab.core.io.Json;
import dev.learninglab.labs.superres.io.ImageFiles;
import dev.learninglab.labs.superres.model.RgbImage;
import dev.learninglab.testing.BadInputs;
import dev.learninglab.testing.Cli;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuperresCliTest {

  @TempDir Path dir;

  @Test
  void degradeThenEvalPrintsTheContractJson() throws Exception {
    Path hr = dir.resolve("hr");
    ImageFiles.writePng(texture(66, 51), hr.resolve("texture.png"));

    Cli degrade =
        run(
            "superres",
            "degrade",
            hr.resolve("texture.png").toString(),
            dir.resolve("small.png").toString(),
            "--scale",
            "3");
    assertThat(degrade.code()).isZero();
    RgbImage small = ImageFiles.read(dir.resolve("small.png"));
    assertThat(small.width()).isEqualTo(22);
    assertThat(small.height()).isEqualTo(17);

    Cli eval = run("superres", "eval", "--dir", hr.toString(), "--scale", "3", "--json");
    assertThat(eval.code()).isZero();
    JsonNode json = Json.mapper().readTree(eval.out());
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
                  .code())
          .isZero();
      RgbImage big = ImageFiles.read(out);
      assertThat(big.width()).isEqualTo(60);
      assertThat(big.height()).isEqualTo(42);
    }
  }

  @Test
  void exportedOnnxRunsInOnnxRuntime() throws Exception {
    Path onnx = dir.resolve("x3.onnx");
    assertThat(run("superres", "export-onnx", "--scale", "3", onnx.toString()).code()).isZero();
    try (OnnxRuntimeRunner runner = new OnnxRuntimeRunner(onnx)) {
      assertThat(runner.run(new float[5 * 4], new Shape(1, 1, 4, 5))).hasSize(15 * 12);
    }
  }

  @Test
  void trainWithoutValidationHoldsOutPartOfTheDataAndNeedsNoDownload() throws Exception {
    Path hr = threeTextures(48, 1, 40);
    Path out = dir.resolve("model");
    Cli r =
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
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = Json.mapper().readTree(r.out());
    assertThat(json.get("bestEpoch").asInt()).isEqualTo(1);
    assertThat(json.get("bestPsnr").asDouble()).isPositive();
    // issue 30: the folder train wrote is a model, for either engine
    Path picture;
    try (var files = Files.list(hr)) {
      picture = files.sorted().findFirst().orElseThrow();
    }
    for (String engine : new String[] {"pytorch", "onnx"}) {
      Path upscaled = dir.resolve("up-" + engine + ".png");
      Cli up =
          run(
              "superres",
              "upscale",
              picture.toString(),
              upscaled.toString(),
              "--scale",
              "2",
              "--model",
              out.toString(),
              "--engine",
              engine);
      assertThat(up.code()).as(up.err()).isZero();
      assertThat(upscaled).isNotEmptyFile();
    }
  }

  @Test
  void evalPicksEitherShippedModelOrAFileAndScoresImagesInParallelAlike() throws Exception {
    Path hr = threeTextures(60, 3, 45);
    String full = eval(hr, "--model", "fsrcnn", "--jobs", "1");
    assertThat(eval(hr, "--jobs", "3")).as("default model, 3 images at once").isEqualTo(full);
    String small = eval(hr, "--model", "fsrcnn-s");
    assertThat(Json.mapper().readTree(small).get("mean").get("fsrcnnPsnr").asDouble())
        .isNotEqualTo(Json.mapper().readTree(full).get("mean").get("fsrcnnPsnr").asDouble());
    Cli missing =
        run("superres", "eval", "--dir", hr.toString(), "--scale", "3", "--model", "nosuch");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("nosuch").doesNotContain("Exception");
  }

  private String eval(Path hr, String... options) throws Exception {
    String[] args = {"superres", "eval", "--dir", hr.toString(), "--scale", "3", "--json"};
    String[] all =
        java.util.stream.Stream.concat(
                java.util.Arrays.stream(args), java.util.Arrays.stream(options))
            .toArray(String[]::new);
    Cli r = run(all);
    assertThat(r.code()).as(r.err()).isZero();
    return r.out();
  }

  @Test
  void anotherScaleStartsFromAThreeTimesNetworkAndTheLogCarriesOn() throws Exception {
    Path hr = threeTextures(48, 1, 40);
    Path log = dir.resolve("log.csv");
    for (String scale : new String[] {"3", "2"}) {
      var args =
          new java.util.ArrayList<>(
              java.util.List.of(
                  "superres",
                  "train",
                  "--data",
                  hr.toString(),
                  "--scale",
                  scale,
                  "--epochs",
                  "1",
                  "--patches",
                  "32",
                  "--batch",
                  "16",
                  "--patch",
                  "8",
                  "--arch",
                  "8,4,1",
                  "--out",
                  dir.resolve("x" + scale).toString(),
                  "--log",
                  log.toString()));
      if (scale.equals("2")) {
        args.addAll(java.util.List.of("--init-from", dir.resolve("x3/fsrcnn-x3").toString()));
      }
      Cli r = run(args.toArray(String[]::new));
      assertThat(r.code()).as(r.err()).isZero();
    }
    var lines = Files.readAllLines(log);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).contains(",x3 8-4-1 ");
    assertThat(lines.get(2)).contains(",x2 8-4-1 ").contains(",64,");
  }

  @Test
  void theTutorialRecipeTrainsTheFullNetworkWithItsOwnRateUnlessTold() throws Exception {
    Path hr = threeTextures(112, 1, 108);
    Path log = dir.resolve("log.csv");
    Cli r =
        run(
            "superres",
            "train",
            "--recipe",
            "tutorial",
            "--data",
            hr.toString(),
            "--scale",
            "4",
            "--epochs",
            "2",
            "--patches",
            "60",
            "--out",
            dir.resolve("x4").toString(),
            "--log",
            log.toString(),
            "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = Json.mapper().readTree(r.out());
    assertThat(json.get("epochs")).hasSize(2);
    assertThat(json.get("bestPsnr").asDouble()).isPositive();
    // the options not given took the tutorial recipe's values: full FSRCNN, RMSprop at 3e-4
    assertThat(Files.readAllLines(log).get(1)).contains(",x4 56-12-4 lr 3.0E-4 patch 16 tutorial,");

    Cli told =
        run(
            "superres",
            "train",
            "--recipe",
            "tutorial",
            "--arch",
            "8,4,1",
            "--lr",
            "0.002",
            "--data",
            hr.toString(),
            "--scale",
            "4",
            "--epochs",
            "1",
            "--patches",
            "30",
            "--out",
            dir.resolve("told").toString(),
            "--log",
            log.toString());
    assertThat(told.code()).as(told.err()).isZero();
    assertThat(Files.readAllLines(log).get(3)).contains(",x4 8-4-1 lr 0.002 patch 16 tutorial,");

    Cli unknown =
        run(
            "superres",
            "train",
            "--recipe",
            "keras",
            "--data",
            hr.toString(),
            "--scale",
            "4",
            "--epochs",
            "1",
            "--out",
            dir.resolve("k").toString());
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).contains("--recipe must be paper or tutorial, got");
  }

  @Test
  void badInputGivesAClearMessage() throws Exception {
    Path junk = dir.resolve("junk.png");
    Files.writeString(junk, "nope");
    Cli r =
        run(
            "superres",
            "upscale",
            junk.toString(),
            dir.resolve("o.png").toString(),
            "--scale",
            "3");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("junk.png");
    assertThat(run("superres", "degrade", junk.toString(), "x.png", "--scale", "5").err())
        .contains("2, 3 or 4");
  }

  @Test
  void upscaleRefusesAnEmptyOrFullFolderAsOutputAndKeepsIt() throws Exception {
    Path in = dir.resolve("in.png");
    ImageFiles.writePng(texture(8, 6), in);
    Path empty = BadInputs.emptyFolder(dir);
    Path full = BadInputs.fullFolder(dir);
    for (Path folder : new Path[] {empty, full}) {
      Cli r = run("superres", "upscale", in.toString(), folder.toString(), "--scale", "2");
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err()).contains(folder + ": it is a folder").doesNotContain("\tat ");
      assertThat(folder).isDirectory();
    }
    assertThat(full.resolve("keep.txt")).hasContent("keep");
  }

  @Test
  void upscaleAndDegradeNeverReplaceADeviceOrAFifo() throws Exception {
    Path in = dir.resolve("in.png");
    ImageFiles.writePng(texture(8, 6), in);
    Path fifo = BadInputs.fifo(dir);
    for (Path target : new Path[] {BadInputs.DEVICE, fifo}) {
      Cli up = run("superres", "upscale", in.toString(), target.toString(), "--scale", "2");
      assertThat(up.err()).contains("device, pipe or socket");
      Cli down = run("superres", "degrade", in.toString(), target.toString(), "--scale", "2");
      assertThat(down.err()).contains("device, pipe or socket");
      assertThat(Files.isRegularFile(target)).isFalse();
    }
  }

  @Test
  void aPictureTooLargeForTheHeapSaysHowMuchMemoryItNeeds() throws Exception {
    Path huge = hugeHeaderPng(dir.resolve("huge.png"), 60_000, 60_000);
    Cli r =
        run(
            "superres",
            "upscale",
            huge.toString(),
            dir.resolve("o.png").toString(),
            "--scale",
            "2");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("(60000×60000)")
        .contains("MB of memory")
        .contains("-Xmx")
        .doesNotContain("corrupt");
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void trainRefusesAFileAsOutAndAbsurdPatchCountsBeforeTraining() throws Exception {
    Path file = Files.writeString(dir.resolve("existing"), "x");
    Cli r =
        run(
            "superres",
            "train",
            "--data",
            dir.toString(),
            "--scale",
            "2",
            "--epochs",
            "1",
            "--out",
            file.toString());
    assertThat(r.err()).contains(file + " is not a folder");
    assertThat(file).hasContent("x");
    Cli p =
        run(
            "superres",
            "train",
            "--data",
            dir.toString(),
            "--scale",
            "2",
            "--epochs",
            "1",
            "--out",
            dir.resolve("o").toString(),
            "--patches",
            "2000000000");
    assertThat(p.err()).contains("--patches 2000000000").doesNotContain("-49");
  }

  /** A PNG whose header claims {@code w}×{@code h}; its pixel data is missing. */
  private static Path hugeHeaderPng(Path file, int w, int h) throws Exception {
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h).put(new byte[] {8, 2, 0, 0, 0});
    CRC32 crc = new CRC32();
    crc.update("IHDR".getBytes(StandardCharsets.US_ASCII));
    crc.update(ihdr.array());
    ByteBuffer png = ByteBuffer.allocate(8 + 4 + 4 + 13 + 4);
    png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    png.putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII)).put(ihdr.array());
    png.putInt((int) crc.getValue());
    return Files.write(file, png.array());
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

  /** Folder hr/ with three textures t0–t2, each {@code step} px wider than the one before. */
  private Path threeTextures(int width, int step, int height) throws Exception {
    Path hr = dir.resolve("hr");
    for (int i = 0; i < 3; i++) {
      ImageFiles.writePng(texture(width + step * i, height), hr.resolve("t" + i + ".png"));
    }
    return hr;
  }
}

package dev.learninglab.labs.superres.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.io.LabHome;
import dev.learninglab.labs.superres.io.ImageFiles;
import dev.learninglab.labs.superres.model.FsrcnnConfig;
import dev.learninglab.labs.superres.model.FsrcnnModel;
import dev.learninglab.labs.superres.model.ModelLibrary;
import dev.learninglab.labs.superres.model.RgbImage;
import dev.learninglab.labs.superres.model.TrainedCheckpoints;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code superres upscale --engine onnx} on a shipped model, or on a trained file already exported,
 * never starts the PyTorch engine. Each case runs in a fresh JVM ({@link EngineProbeMain}), since
 * other tests start PyTorch in this one.
 */
class OnnxWithoutPyTorchTest {

  @TempDir Path dir;

  @Test
  void onnxUpscaleOfAShippedModelLeavesPyTorchUnstarted() throws Exception {
    assertThat(upscale("onnx", "fsrcnn-s")).containsExactly("exit 0", "pytorch-started false");
  }

  @Test
  void onnxUpscaleOfAnExportedTrainedFileLeavesPyTorchUnstarted() throws Exception {
    Path params;
    try (FsrcnnModel model = FsrcnnModel.create(FsrcnnConfig.standard(2), 4)) {
      params = TrainedCheckpoints.save(model, FsrcnnConfig.standard(2), dir.resolve("trained"));
    }
    ModelLibrary.exportForOnnx(params); // what training does with the file it writes
    assertThat(upscale("onnx", params.toString()))
        .containsExactly("exit 0", "pytorch-started false");
  }

  @Test
  void theProbeSeesPyTorchWhenItIsUsed() throws Exception {
    assertThat(upscale("pytorch", "fsrcnn-s")).containsExactly("exit 0", "pytorch-started true");
  }

  /**
   * The probe's last two lines after upscaling a small picture ×2 with {@code model} on {@code
   * engine}, in a JVM that shares this one's lab home.
   */
  private List<String> upscale(String engine, String model) throws Exception {
    Path in = dir.resolve("in.png");
    ImageFiles.writePng(noise(16, 12), in);
    Path out = dir.resolve(engine + ".png");
    Path log = dir.resolve(engine + ".log");
    Process java =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlearninglab.home=" + LabHome.dir(),
                "-cp",
                System.getProperty("java.class.path"),
                EngineProbeMain.class.getName(),
                "superres",
                "upscale",
                in.toString(),
                out.toString(),
                "--scale",
                "2",
                "--model",
                model,
                "--engine",
                engine)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    // the deadline only keeps a hung JVM from hanging the build
    assertThat(java.waitFor(5, TimeUnit.MINUTES)).as("the probe JVM ended").isTrue();
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    assertThat(java.exitValue()).as(String.join("\n", lines)).isZero();
    assertThat(ImageFiles.read(out).width()).isEqualTo(32);
    return lines.subList(Math.max(0, lines.size() - 2), lines.size());
  }

  private static RgbImage noise(int w, int h) {
    Random random = new Random(7);
    int[] rgb = new int[w * h];
    for (int i = 0; i < rgb.length; i++) {
      rgb[i] = random.nextInt(1 << 24);
    }
    return new RgbImage(w, h, rgb);
  }
}

package dev.learninglab.labs.superres.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxExportsTest {

  @TempDir Path dir;

  @Test
  void aTrainedFileIsExportedOnceByContentAndServedLikeThePyTorchEngine() throws IOException {
    Path params = trained("a", 1);
    Path export = OnnxExports.place(params);
    Files.deleteIfExists(export); // the lab home outlives a test run
    float[] input = FsrcnnModelTest.noise(11 * 9, 2);
    float[] expected;
    try (FsrcnnModel model = ModelLibrary.load(params)) {
      expected = model.forward(input, 11, 9);
    }
    try (LumaNetwork onnx = ModelLibrary.openOnnx(ShippedModel.FSRCNN, params, 2)) {
      assertThat(onnx.engine()).isEqualTo("OnnxRuntime");
      float[] actual = onnx.forward(input, 11, 9);
      assertThat(actual).hasSameSizeAs(expected);
      for (int i = 0; i < expected.length; i++) {
        assertThat(actual[i]).isCloseTo(expected[i], offset(1e-4f));
      }
    }
    assertThat(export).isRegularFile();

    // the same weights in another file reuse the export (a marker in it survives) ...
    Files.writeString(export, "marker");
    ModelLibrary.exportForOnnx(copy(params, "b"));
    assertThat(export).hasContent("marker");
    Files.delete(export);
    // ... and other weights get their own
    Path other = trained("c", 2);
    assertThat(OnnxExports.place(other)).isNotEqualTo(export);
    Files.deleteIfExists(OnnxExports.place(other));
    ModelLibrary.exportForOnnx(other);
    assertThat(OnnxExports.place(other)).isRegularFile();
  }

  @Test
  void aTrainedFileOfAnotherScaleIsRefusedBeforeAnyExport() throws IOException {
    Path params = trained("d", 3);
    Files.deleteIfExists(OnnxExports.place(params));
    assertThatThrownBy(() -> ModelLibrary.openOnnx(ShippedModel.FSRCNN, params, 3))
        .hasMessageContaining("up-scales by 2, not by 3");
    assertThat(OnnxExports.place(params)).doesNotExist();
  }

  /**
   * A ×2 network with weights drawn from {@code seed}, saved with its card in folder {@code name}.
   */
  private Path trained(String name, int seed) throws IOException {
    try (FsrcnnModel model = FsrcnnModel.create(FsrcnnConfig.standard(2), seed)) {
      FsrcnnModelTest.perturb(model);
      return TrainedCheckpoints.save(model, FsrcnnConfig.standard(2), dir.resolve(name));
    }
  }

  private Path copy(Path params, String name) throws IOException {
    Path to = dir.resolve(name).resolve(params.getFileName());
    Files.createDirectories(to.getParent());
    Files.copy(params, to);
    Files.copy(card(params), card(to));
    return to;
  }

  private static Path card(Path params) {
    return params.resolveSibling(params.getFileName().toString().replace(".params", ".json"));
  }
}

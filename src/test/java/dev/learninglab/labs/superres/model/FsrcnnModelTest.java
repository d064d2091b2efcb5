package dev.learninglab.labs.superres.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.types.Shape;
import dev.learninglab.core.compute.CheckpointCard;
import dev.learninglab.core.compute.CheckpointFolder;
import dev.learninglab.core.compute.onnx.OnnxRuntimeRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FsrcnnModelTest {

  @TempDir Path dir;

  @Test
  void outputIsScaleTimesTheInput() {
    try (FsrcnnModel model = FsrcnnModel.create(FsrcnnConfig.small(3), 1)) {
      float[] y = model.forward(noise(10 * 7, 1), 10, 7);
      assertThat(y).hasSize(30 * 21);
    }
  }

  @Test
  void anotherScalesConvolutionsAreCopiedAndTheDeconvolutionIsNot() throws IOException {
    try (FsrcnnModel x3 = FsrcnnModel.create(FsrcnnConfig.standard(3), 1);
        FsrcnnModel x2 = FsrcnnModel.create(FsrcnnConfig.standard(2), 2)) {
      var from = x3.djlModel().getBlock().getChildren().values();
      var to = x2.djlModel().getBlock().getChildren().values();
      float[] deconvBefore = weights(to.get(to.size() - 1));
      assertThat(weights(to.get(0))).isNotEqualTo(weights(from.get(0)));

      x2.copyConvolutionsFrom(x3);

      for (int i = 0; i < to.size() - 1; i++) {
        assertThat(weights(to.get(i))).as("layer %d", i).containsExactly(weights(from.get(i)));
      }
      assertThat(weights(to.get(to.size() - 1))).containsExactly(deconvBefore);
    }
    try (FsrcnnModel small = FsrcnnModel.create(FsrcnnConfig.small(2), 1);
        FsrcnnModel full = FsrcnnModel.create(FsrcnnConfig.standard(3), 1)) {
      assertThatThrownBy(() -> small.copyConvolutionsFrom(full))
          .hasMessageContaining("d, s and m must match");
    }
  }

  private static float[] weights(ai.djl.nn.Block layer) {
    return layer.getParameters().valueAt(0).getArray().toFloatArray();
  }

  @Test
  void savedParametersReloadToTheSameOutputs() throws IOException {
    Path params = dir.resolve("fsrcnn-x2/fsrcnn-x2.params");
    float[] input = noise(12 * 9, 2);
    float[] before;
    try (FsrcnnModel model = FsrcnnModel.create(FsrcnnConfig.standard(2), 5)) {
      perturb(model);
      before = model.forward(input, 12, 9);
      save(model, new ModelCard(56, 12, 4, 2, "test"));
    }
    try (FsrcnnModel loaded = ModelLibrary.load(params)) {
      assertThat(loaded.config()).isEqualTo(FsrcnnConfig.standard(2));
      assertThat(loaded.forward(input, 12, 9)).containsExactly(before);
    }
  }

  @Test
  void onnxRuntimeAgreesWithPyTorchWithin1e4() throws IOException {
    for (int scale = 2; scale <= 4; scale++) {
      try (FsrcnnModel model = FsrcnnModel.create(FsrcnnConfig.standard(scale), scale)) {
        perturb(model);
        Path onnx = dir.resolve("x" + scale + ".onnx");
        FsrcnnOnnx.export(model, onnx);
        float[] input = noise(17 * 13, scale);
        float[] expected = model.forward(input, 17, 13);
        try (OnnxRuntimeRunner ort = new OnnxRuntimeRunner(onnx)) {
          float[] actual = ort.run(input, new Shape(1, 1, 13, 17));
          assertThat(actual).hasSize(expected.length);
          double maxDiff = 0;
          for (int i = 0; i < expected.length; i++) {
            maxDiff = Math.max(maxDiff, Math.abs(expected[i] - actual[i]));
          }
          assertThat(maxDiff).as("×%d", scale).isLessThan(1e-4);
        }
      }
    }
  }

  @Test
  void tiledInferenceEqualsWholeImageInference() {
    try (FsrcnnModel model = FsrcnnModel.create(FsrcnnConfig.standard(3), 9)) {
      perturb(model);
      Plane lr = new Plane(45, 38, noise(45 * 38, 3));
      for (int i = 0; i < lr.values().length; i++) {
        lr.values()[i] *= 255;
      }
      Plane whole = new TiledUpscaler(model, 1000).upscale(lr);
      Plane tiled = new TiledUpscaler(model, 16).upscale(lr);
      double maxDiff = 0;
      for (int i = 0; i < whole.values().length; i++) {
        maxDiff = Math.max(maxDiff, Math.abs(whole.values()[i] - tiled.values()[i]));
      }
      // 16-pixel tiles put seams every 48 output pixels in both directions
      assertThat(maxDiff).isLessThan(1e-3);
    }
  }

  @Test
  void aMissingModelFileSaysWhich() {
    Path missing = dir.resolve("nope.params");
    assertThatThrownBy(() -> ModelLibrary.load(missing)).hasMessageContaining(missing.toString());
  }

  @Test
  void parametersOfAnotherArchitectureAreRefused() throws IOException {
    Path checkpoint;
    try (FsrcnnModel model = FsrcnnModel.create(FsrcnnConfig.small(3), 1)) {
      checkpoint = save(model, new ModelCard(56, 12, 4, 3, "wrong card"));
    }
    assertThatThrownBy(() -> ModelLibrary.load(checkpoint))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("fsrcnn-x3.params");
  }

  @Test
  void everyShippedModelLoadsWithTheScaleItsCardSays() throws IOException {
    for (ShippedModel shipped : ShippedModel.values()) {
      for (int scale = 2; scale <= 4; scale++) {
        try (FsrcnnModel model = ModelLibrary.bundled(shipped, scale)) {
          assertThat(model.scale()).isEqualTo(scale);
          assertThat(ModelLibrary.shipped(shipped, scale).card().score()).isGreaterThan(20);
        }
      }
    }
  }

  /** Writes {@code model}'s weights with {@code card} as the checkpoint folder training writes. */
  private Path save(FsrcnnModel model, ModelCard card) throws IOException {
    Path folder = dir.resolve(ModelLibrary.checkpointName(card.scale()));
    CheckpointFolder.at(folder, ModelLibrary.checkpointName(card.scale()))
        .write(
            CheckpointCard.of(ModelCard.LAB, 1, 1, 30, card), List.of(model.djlModel().getBlock()));
    return folder;
  }

  /** Moves every parameter off its initial value so that each layer matters in comparisons. */
  static void perturb(FsrcnnModel model) {
    Random random = new Random(11);
    model
        .djlModel()
        .getBlock()
        .getParameters()
        .values()
        .forEach(
            p -> {
              float[] v = p.getArray().toFloatArray();
              for (int i = 0; i < v.length; i++) {
                v[i] += (float) (0.05 * random.nextGaussian());
              }
              p.getArray().set(v);
            });
  }

  static float[] noise(int n, long seed) {
    Random random = new Random(seed);
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = random.nextFloat();
    }
    return v;
  }
}

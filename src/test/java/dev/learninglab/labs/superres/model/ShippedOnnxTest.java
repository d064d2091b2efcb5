package dev.learninglab.labs.superres.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The shipped .onnx files (written by {@code scripts/superres-export-onnx}) compute what the
 * shipped .params compute: a stale export fails here.
 */
class ShippedOnnxTest {

  @Test
  void everyShippedOnnxMatchesItsParamsWithin1e4() throws IOException {
    float[] input = FsrcnnModelTest.noise(17 * 13, 5);
    for (ShippedModel shipped : ShippedModel.values()) {
      for (int scale = 2; scale <= 4; scale++) {
        try (FsrcnnModel params = ModelLibrary.bundled(shipped, scale);
            OnnxNetwork onnx = ModelLibrary.bundledOnnx(shipped, scale);
            OnnxNetwork exportedNow = OnnxNetwork.of(params)) {
          String what = shipped.onnxFileName(scale);
          assertThat(onnx.scale()).as(what).isEqualTo(scale);
          assertThat(onnx.receptiveRadius()).as(what).isEqualTo(params.receptiveRadius());
          float[] shippedOut = onnx.forward(input, 17, 13);
          assertThat(maxDifference(shippedOut, params.forward(input, 17, 13)))
              .as("%s against the PyTorch engine", what)
              .isLessThan(1e-4);
          // the path before the shipped files: exporting the .params on every call
          assertThat(maxDifference(shippedOut, exportedNow.forward(input, 17, 13)))
              .as("%s against a fresh export", what)
              .isLessThan(1e-6);
        }
      }
    }
  }

  private static double maxDifference(float[] a, float[] b) {
    assertThat(a).hasSameSizeAs(b);
    double max = 0;
    for (int i = 0; i < a.length; i++) {
      max = Math.max(max, Math.abs(a[i] - b[i]));
    }
    return max;
  }
}

package dev.learninglab.core.compute.layers;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import dev.learninglab.core.compute.Compute;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubPixelDeconvolutionTest {

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4})
  void equalsADirectTransposedConvolution(int r) {
    Compute.engine();
    int in = 3;
    int out = 2;
    int k = 9;
    int h = 5;
    int w = 6;
    Random random = new Random(r);
    float[][][] x = new float[in][h][w];
    float[][][][] weight = new float[in][out][k][k];
    float[] bias = {0.25f, -0.5f};
    fill(random, x);
    for (float[][][] c : weight) {
      fill(random, c);
    }
    float[][][] expected = TransposedConvolutionReference.apply(x, weight, bias, r);

    try (NDManager manager = NDManager.newBaseManager()) {
      SubPixelDeconvolution block = new SubPixelDeconvolution(in, out, k, r);
      block.initialize(manager, DataType.FLOAT32, new Shape(1, in, h, w));
      block.weight().getArray().set(flatten(weight));
      block.bias().getArray().set(bias);
      NDArray input = manager.create(flatten(x), new Shape(1, in, h, w));
      NDArray y =
          block.forward(new ParameterStore(manager, false), new NDList(input), false).singletonOrThrow();

      assertThat(y.getShape()).isEqualTo(new Shape(1, out, h * r, w * r));
      float[] actual = y.toFloatArray();
      float maxDiff = 0;
      for (int o = 0; o < out; o++) {
        for (int i = 0; i < h * r; i++) {
          for (int j = 0; j < w * r; j++) {
            float a = actual[(o * h * r + i) * w * r + j];
            maxDiff = Math.max(maxDiff, Math.abs(a - expected[o][i][j]));
          }
        }
      }
      assertThat(maxDiff).isLessThan(1e-5f);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4})
  void equivalentKernelIsFiveByFiveForTheFsrcnnScales(int r) {
    assertThat(SubPixelDeconvolution.radius(9, r)).isEqualTo(r == 4 ? 1 : 2);
  }

  private static void fill(Random random, float[][][] a) {
    for (float[][] plane : a) {
      for (float[] row : plane) {
        for (int i = 0; i < row.length; i++) {
          row[i] = (float) random.nextGaussian();
        }
      }
    }
  }

  private static float[] flatten(float[][][] a) {
    float[] flat = new float[a.length * a[0].length * a[0][0].length];
    int n = 0;
    for (float[][] plane : a) {
      for (float[] row : plane) {
        System.arraycopy(row, 0, flat, n, row.length);
        n += row.length;
      }
    }
    return flat;
  }

  private static float[] flatten(float[][][][] a) {
    int block = a[0].length * a[0][0].length * a[0][0][0].length;
    float[] flat = new float[a.length * block];
    for (int i = 0; i < a.length; i++) {
      System.arraycopy(flatten(a[i]), 0, flat, i * block, block);
    }
    return flat;
  }
}

package dev.learninglab.labs.iin.model.iin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.learninglab.core.compute.Compute;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FactorLossTest {

  /** The loss against the reference's formula written out in double precision, term by term. */
  @Test
  void matchesTheReferenceFormula() {
    int n = 3;
    int d = 6;
    Random random = new Random(3);
    float[] z = new float[2 * n * d];
    float[] logdet = new float[2 * n];
    float[] mask = new float[n * d];
    for (int i = 0; i < z.length; i++) {
      z[i] = (float) random.nextGaussian();
    }
    for (int i = 0; i < logdet.length; i++) {
      logdet[i] = (float) random.nextGaussian();
    }
    FactorLayout layout = new FactorLayout(List.of("digit", "colour"), new int[] {2, 3, 1});
    int[] shared = {1, 2, 1};
    for (int p = 0; p < n; p++) {
      for (int k = 0; k < layout.sizes()[shared[p]]; k++) {
        mask[p * d + layout.start(shared[p]) + k] = 1;
      }
    }
    double rho = FactorLoss.RHO;
    double expected = 0;
    for (int p = 0; p < n; p++) {
      for (int j = 0; j < d; j++) {
        double a = z[p * d + j];
        double b = z[(n + p) * d + j];
        boolean same = layout.chunkAt(j) == shared[p];
        expected += 0.5 * a * a / n;
        expected += same ? 0.5 * Math.pow(b - rho * a, 2) / (1 - rho * rho) / n : 0.5 * b * b / n;
      }
      expected -= (logdet[p] + logdet[n + p]) / n;
    }
    try (NDManager m = NDManager.newBaseManager(Compute.device(), Compute.PYTORCH)) {
      double loss =
          new FactorLoss()
              .evaluate(
                  new NDList(m.create(mask, new Shape(n, d))),
                  new NDList(m.create(z, new Shape(2 * n, d)), m.create(logdet)))
              .getFloat();
      assertThat(loss).isCloseTo(expected, within(1e-4 * Math.abs(expected)));
    }
  }

  @Test
  void layoutNamesChunksAndRefusesUnknownFactors() {
    FactorLayout layout = new FactorLayout(List.of("digit", "colour"), new int[] {47, 7, 10});
    assertThat(layout.dim()).isEqualTo(64);
    assertThat(layout.start(2)).isEqualTo(54);
    assertThat(layout.chunkAt(53)).isEqualTo(1);
    assertThat(layout.chunkAt(54)).isEqualTo(2);
    assertThat(layout.chunkOf("colour")).isEqualTo(2);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> layout.chunkOf("size"))
        .hasMessage("This model has no factor `size` (its factors: digit, colour)");
  }

  @Test
  void correlationScoresGiveTheResidualTheRest() {
    FactorLayout layout =
        FactorSizes.layout(new java.util.LinkedHashMap<>(java.util.Map.of("digit", 10.0)), 64);
    // 64 · 10 / (64 + 10) = 8.6 → 8 for the digit, 56 for the residual
    assertThat(layout.sizes()).containsExactly(56, 8);
  }
}

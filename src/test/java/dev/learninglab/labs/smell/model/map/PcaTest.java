package dev.learninglab.labs.smell.model.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.io.Json;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The odour map's PCA against scikit-learn's (fixture from sklearn_pca.py, command inside). */
class PcaTest {
  @Test
  void equalsScikitLearnUpToTheSignOfEachComponent() throws Exception {
    JsonNode root;
    try (InputStream in = getClass().getResourceAsStream("/smell/sklearn-pca.json")) {
      root = Json.mapper().readTree(in);
    }
    assertThat(root.get("cases")).hasSize(2);
    for (JsonNode c : root.get("cases")) {
      double[][] x = Json.mapper().treeToValue(c.get("x"), double[][].class);
      double[][] components = Json.mapper().treeToValue(c.get("components"), double[][].class);
      double[][] scores = Json.mapper().treeToValue(c.get("scores"), double[][].class);
      double[] ratio = Json.mapper().treeToValue(c.get("explainedVarianceRatio"), double[].class);
      Pca pca = Pca.fit(x, 2);
      double[][] mine = pca.transform(x);
      for (int k = 0; k < 2; k++) {
        assertThat(pca.explainedVarianceRatio()[k]).isCloseTo(ratio[k], within(1e-9));
        // scikit-learn picks the sign its own way; the line (and so the map) is the same
        double sign = Math.signum(pca.components()[k][0] * components[k][0]);
        for (int j = 0; j < components[k].length; j++) {
          assertThat(pca.components()[k][j]).isCloseTo(sign * components[k][j], within(1e-9));
        }
        for (int i = 0; i < x.length; i++) {
          assertThat(mine[i][k]).isCloseTo(sign * scores[i][k], within(1e-8));
        }
      }
    }
  }

  @Test
  void theSignIsFixedByTheLargestLoading() {
    double[][] x = {{1, 10}, {2, 21}, {3, 29}, {4, 41}};
    for (double flip : new double[] {1, -1}) {
      double[][] y = new double[x.length][];
      for (int i = 0; i < x.length; i++) {
        y[i] = new double[] {flip * x[i][0], flip * x[i][1]};
      }
      Pca pca = Pca.fit(y, 1);
      assertThat(pca.components()[0][1]).isPositive(); // column 1 varies most
      assertThat(pca.explainedVarianceRatio()[0]).isGreaterThan(0.99);
    }
  }

  @Test
  void refusesTooFewRowsOrTooManyComponents() {
    assertThatThrownBy(() -> Pca.fit(new double[][] {{1, 2}}, 1))
        .hasMessageContaining("at least 2 rows");
    assertThatThrownBy(() -> Pca.fit(new double[][] {{1, 2}, {3, 4}}, 3))
        .hasMessageContaining("k = 3");
  }
}

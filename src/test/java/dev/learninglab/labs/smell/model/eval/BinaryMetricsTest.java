package dev.learninglab.labs.smell.model.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** ROC-AUC and average precision equal scikit-learn's (fixture: sklearn_metrics.py). */
class BinaryMetricsTest {

  @Test
  void equalScikitLearnIncludingTies() throws Exception {
    JsonNode cases;
    try (InputStream in = getClass().getResourceAsStream("/smell/sklearn-metrics.json")) {
      cases = new ObjectMapper().readTree(in);
    }
    assertThat(cases.size()).isEqualTo(4);
    for (JsonNode c : cases) {
      int[] y =
          StreamSupport.stream(c.get("y").spliterator(), false).mapToInt(JsonNode::asInt).toArray();
      double[] s =
          StreamSupport.stream(c.get("score").spliterator(), false)
              .mapToDouble(JsonNode::asDouble)
              .toArray();
      assertThat(BinaryMetrics.rocAuc(y, s)).isCloseTo(c.get("rocAuc").asDouble(), within(1e-12));
      assertThat(BinaryMetrics.averagePrecision(y, s))
          .isCloseTo(c.get("averagePrecision").asDouble(), within(1e-12));
      double[][] roc = BinaryMetrics.rocCurve(y, s);
      double area = 0;
      for (int i = 1; i < roc[0].length; i++) {
        area += (roc[0][i] - roc[0][i - 1]) * (roc[1][i] + roc[1][i - 1]) / 2;
      }
      assertThat(area).isCloseTo(c.get("rocAuc").asDouble(), within(1e-12));
      assertThat(roc[0][roc[0].length - 1]).isEqualTo(1.0);
    }
  }

  @Test
  void thresholdTuningAndMajority() {
    int[] y = {0, 0, 0, 0, 1, 1};
    double[] s = {0.1, 0.2, 0.3, 0.6, 0.5, 0.9};
    assertThat(BinaryMetrics.majorityAccuracy(y)).isCloseTo(4 / 6.0, within(1e-12));
    double t = BinaryMetrics.bestF1Threshold(y, s);
    assertThat(t).isEqualTo(0.5);
    Confusion c = BinaryMetrics.confusion(y, s, t);
    assertThat(c).isEqualTo(new Confusion(2, 1, 3, 0));
    assertThat(c.f1()).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void foldsAreStratifiedAndDisjoint() {
    int[] y = new int[100];
    for (int i = 0; i < 20; i++) {
      y[i * 5] = 1;
    }
    BinaryRoundRobinFolds folds = BinaryRoundRobinFolds.of(y, 5, 42);
    int total = 0;
    for (int f = 0; f < 5; f++) {
      int[] test = folds.test(f);
      total += test.length;
      assertThat(java.util.Arrays.stream(test).filter(i -> y[i] == 1).count()).isEqualTo(4);
      assertThat(folds.train(f).length + test.length).isEqualTo(100);
    }
    assertThat(total).isEqualTo(100);
  }
}

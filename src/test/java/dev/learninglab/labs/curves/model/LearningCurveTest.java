package dev.learninglab.labs.curves.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LearningCurveTest {
  private final LabelledData iris = Fixtures.iris();

  @ParameterizedTest
  @ValueSource(strings = {"C1", "C1e-4"})
  void meanAccuraciesMatchScikitLearnWithShuffleSeed0(String key) {
    JsonNode ref = Fixtures.sklearn().at("/learningCurve/" + key);
    LearningCurveResult r =
        LearningCurve.compute(
            iris,
            ref.get("C").asDouble(),
            5,
            LearningCurve.linspace(0.1, 1, 10),
            0L,
            Progress.none());
    assertThat(r.trainSizes()).containsExactly(Fixtures.ints(ref.get("trainSizes")));
    assertThat(r.train(Metric.ACCURACY).mean())
        .containsExactly(rowMeans(ref.get("train")), within(0.01));
    assertThat(r.validation(Metric.ACCURACY).mean())
        .containsExactly(rowMeans(ref.get("test")), within(0.01));
  }

  @Test
  void unshuffledSmallSizesAreReportedNotFitted() {
    JsonNode ref = Fixtures.sklearn().at("/learningCurve/C1NoShuffle");
    LearningCurveResult r =
        LearningCurve.compute(
            iris, 1.0, 5, LearningCurve.linspace(0.1, 1, 10), null, Progress.none());
    double[] sklearnTrain = rowMeans(ref.get("train"));
    double[] ours = r.train(Metric.ACCURACY).mean();
    for (int s = 0; s < ours.length; s++) {
      assertThat(Double.isNaN(ours[s]))
          .as("size %d", r.trainSizes()[s])
          .isEqualTo(Double.isNaN(sklearnTrain[s]));
    }
    assertThat(r.problems()).hasSize(3).allSatisfy(p -> assertThat(p).contains("setosa"));
    assertThat(r.validation(Metric.ACCURACY).mean()[9])
        .isCloseTo(rowMeans(ref.get("test"))[9], within(0.01));
  }

  @Test
  void linspaceGivesNumpysSizes() {
    assertThat(LearningCurve.absoluteSizes(LearningCurve.linspace(0.1, 1, 10), 120))
        .containsExactly(12, 24, 36, 48, 60, 72, 84, 96, 108, 120);
  }

  /** The mean across folds, NaN when any fold is NaN (as np.mean). */
  private static double[] rowMeans(JsonNode rows) {
    double[] out = new double[rows.size()];
    for (int s = 0; s < out.length; s++) {
      double[] v = Fixtures.doubles(rows.get(s));
      double sum = 0;
      for (double e : v) {
        sum += e;
      }
      out[s] = sum / v.length;
    }
    return out;
  }
}

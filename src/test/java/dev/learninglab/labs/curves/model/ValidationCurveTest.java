package dev.learninglab.labs.curves.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.task.Progress;
import org.junit.jupiter.api.Test;

class ValidationCurveTest {

  @Test
  void meanAccuraciesMatchScikitLearnsValidationCurve() {
    JsonNode ref = Fixtures.sklearn().get("validationCurve");
    double[] cs = ValidationCurve.logSpace(-4, 4, 9);
    assertThat(cs).containsExactly(Fixtures.doubles(ref.get("C")), within(1e-12));
    FoldTable t = ValidationCurve.compute(Fixtures.iris(), cs, 5, Progress.none());
    assertThat(t.train(Metric.ACCURACY).mean())
        .containsExactly(means(ref.get("train")), within(0.01));
    assertThat(t.validation(Metric.ACCURACY).mean())
        .containsExactly(means(ref.get("test")), within(0.01));
  }

  private static double[] means(JsonNode rows) {
    double[] out = new double[rows.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Scores.mean(Fixtures.doubles(rows.get(i)));
    }
    return out;
  }
}

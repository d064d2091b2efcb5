package dev.learninglab.labs.curves.model.extrapolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Against scipy's interp1d(kind="quadratic", fill_value="extrapolate"): make-interp1d-fixture.py.
 */
class QuadraticSplineTest {

  @Test
  void equalsScipyInsideAndBeyondThePoints() throws IOException {
    JsonNode fixture;
    try (InputStream in = getClass().getResourceAsStream("interp1d-quadratic.json")) {
      fixture = new ObjectMapper().readTree(in);
    }
    int checked = 0;
    for (JsonNode c : fixture.get("cases")) {
      QuadraticSpline spline = QuadraticSpline.through(doubles(c.get("x")), doubles(c.get("y")));
      double[] query = doubles(c.get("query"));
      double[] expected = doubles(c.get("value"));
      for (int i = 0; i < query.length; i++) {
        assertThat(spline.predict(query[i]))
            .as("%s at %s", c.get("name").asText(), query[i])
            .isCloseTo(expected[i], within(1e-9));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(60);
  }

  @Test
  void passesThroughEveryPoint() {
    double[] n = {1, 2, 4, 8, 16};
    double[] y = {0.1, 0.5, 0.6, 0.9, 0.95};
    QuadraticSpline spline = QuadraticSpline.through(n, y);
    for (int i = 0; i < n.length; i++) {
      assertThat(spline.predict(n[i])).isCloseTo(y[i], within(1e-12));
    }
  }

  @Test
  void refusesTooFewOrUnorderedSizes() {
    assertThatThrownBy(() -> QuadraticSpline.through(new double[] {1, 2}, new double[] {1, 2}))
        .hasMessageContaining("at least 3 points");
    assertThatThrownBy(
            () -> QuadraticSpline.through(new double[] {1, 3, 2}, new double[] {1, 2, 3}))
        .hasMessageContaining("must increase");
  }

  private static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }
}

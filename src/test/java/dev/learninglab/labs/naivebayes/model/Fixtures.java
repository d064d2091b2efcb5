package dev.learninglab.labs.naivebayes.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.learn.Matrix;
import dev.learninglab.core.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Test helpers: the scikit-learn fixtures (see make_fixtures.py) and the bundled data. */
final class Fixtures {
  private Fixtures() {}

  static JsonNode json(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/naivebayes/" + name)) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }

  static int[] ints(JsonNode array) {
    int[] out = new int[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asInt();
    }
    return out;
  }

  /** A JSON array of rows, flattened row-major. */
  static double[] flat(JsonNode rows) {
    int d = rows.get(0).size();
    double[] out = new double[rows.size() * d];
    for (int i = 0; i < rows.size(); i++) {
      System.arraycopy(doubles(rows.get(i)), 0, out, i * d, d);
    }
    return out;
  }

  static LabelledData data(LabDatasets which) {
    return which.load(DatasetResolver.standard(), Progress.none());
  }

  /** Every value within {@code rel} relative error of the reference (exact zeros must match). */
  static void assertRelativelyClose(double[] actual, double[] expected, double rel) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      double tolerance = rel * Math.abs(expected[i]);
      assertThat(Math.abs(actual[i] - expected[i]))
          .as("value %d: ours %s, scikit-learn %s", i, actual[i], expected[i])
          .isLessThanOrEqualTo(tolerance);
    }
  }

  static Matrix toy() {
    return Matrix.of(new double[][] {{-2, -1}, {-1, -1}, {-1, -2}, {1, 1}, {1, 2}, {2, 1}});
  }

  static final int[] TOY_Y = {1, 1, 1, 2, 2, 2};

  static List<String> xy() {
    return List.of("x1", "x2");
  }
}

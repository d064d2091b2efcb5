package dev.learninglab.labs.curves.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.learninglab.core.learn.LabelledData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The scikit-learn reference numbers (src/test/resources/curves/make_fixtures.py) and iris. */
final class Fixtures {
  private static JsonNode sklearn;

  private Fixtures() {}

  static synchronized JsonNode sklearn() {
    if (sklearn == null) {
      try (InputStream in = Fixtures.class.getResourceAsStream("/curves/sklearn_fixtures.json")) {
        sklearn = new ObjectMapper().readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sklearn;
  }

  static LabelledData iris() {
    try {
      return IrisCsv.read(Path.of("data/iris/iris.csv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).isNull() ? Double.NaN : array.get(i).asDouble();
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
}

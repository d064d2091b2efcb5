package dev.learninglab.labs.superres.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.io.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads src/test/resources/superres/fixtures.json (made by make_fixtures.py beside it). */
final class Fixtures {

  private static JsonNode root;

  private Fixtures() {}

  static synchronized JsonNode root() {
    if (root == null) {
      try (InputStream in = Fixtures.class.getResourceAsStream("/superres/fixtures.json")) {
        root = Json.mapper().readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return root;
  }

  /** A 2-D array of numbers as a plane. */
  static Plane plane(String key) {
    JsonNode rows = root().get(key);
    int h = rows.size();
    int w = rows.get(0).size();
    float[] v = new float[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        v[y * w + x] = (float) rows.get(y).get(x).asDouble();
      }
    }
    return new Plane(w, h, v);
  }
}

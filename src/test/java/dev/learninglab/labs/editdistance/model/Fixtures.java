package dev.learninglab.labs.editdistance.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the JSON fixtures written by src/test/resources/editdistance/make_fixtures.py. */
final class Fixtures {
  private Fixtures() {}

  static JsonNode read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/editdistance/" + name)) {
      if (in == null) {
        throw new IllegalStateException("fixture missing: " + name);
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

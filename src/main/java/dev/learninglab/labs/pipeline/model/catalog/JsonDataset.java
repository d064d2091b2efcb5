package dev.learninglab.labs.pipeline.model.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.learninglab.core.io.Json;
import java.io.IOException;
import java.nio.file.Path;

/** A JSON document loaded as plain maps, lists, strings, numbers and booleans. */
public final class JsonDataset extends FileDataset {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  public JsonDataset(String name, Path filepath, Versioning versioning) {
    super(name, filepath, versioning);
  }

  @Override
  protected Object read(Path file) throws IOException {
    // Object.class binds to maps/lists/scalars only: no type information is honoured
    return PLAIN.readValue(file.toFile(), Object.class);
  }

  @Override
  protected void write(Path file, Object value) throws IOException {
    Json.mapper().writeValue(file.toFile(), value);
  }

  @Override
  public String type() {
    return "json";
  }
}

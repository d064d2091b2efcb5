package dev.learninglab.labs.pipeline.model.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.learninglab.core.io.Json;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A trained model stored as JSON and read back into one declared record class (Kedro's pickle
 * dataset, without pickle's danger: only the named class's fields are bound, never a type chosen by
 * the file).
 */
public final class ModelDataset extends FileDataset {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private final Class<?> modelClass;

  public ModelDataset(String name, Path filepath, Versioning versioning, Class<?> modelClass) {
    super(name, filepath, versioning);
    this.modelClass = modelClass;
  }

  @Override
  protected Object read(Path file) throws IOException {
    return PLAIN.readValue(file.toFile(), modelClass);
  }

  @Override
  protected void write(Path file, Object value) throws IOException {
    if (!modelClass.isInstance(value)) {
      throw new DatasetException(
          "Dataset `"
              + name
              + "` holds "
              + modelClass.getSimpleName()
              + ", not "
              + (value == null ? "null" : value.getClass().getSimpleName()));
    }
    Json.mapper().writeValue(file.toFile(), value);
  }

  @Override
  public String type() {
    return "model";
  }
}

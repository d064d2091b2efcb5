package dev.learninglab.labs.pipeline.model.catalog;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads configuration YAML with SnakeYAML's {@link SafeConstructor}: only maps, lists and scalars
 * come out; a {@code !!java.class} tag is refused instead of instantiated.
 */
public final class SafeYaml {
  private SafeYaml() {}

  /** The top-level mapping of a file; an empty file is an empty map. */
  public static Map<String, Object> readMap(Path file) {
    Object doc;
    try (Reader r = Files.newBufferedReader(file)) {
      doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
    } catch (IOException e) {
      throw new DatasetException("Cannot read " + file + ": " + e.getMessage(), e);
    } catch (YAMLException e) {
      throw new DatasetException(
          "Invalid YAML in " + file + ": " + e.getMessage().lines().findFirst().orElse(""), e);
    }
    if (doc == null) {
      return new LinkedHashMap<>();
    }
    if (!(doc instanceof Map<?, ?> m)) {
      throw new DatasetException(
          file + " must hold a mapping at top level, found " + doc.getClass().getSimpleName());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }
}

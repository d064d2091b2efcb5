package dev.learninglab.labs.pipeline.model.catalog;

import dev.learninglab.core.io.Quote;
import dev.learninglab.core.io.TextInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.DuplicateKeyException;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads configuration YAML with SnakeYAML's {@link SafeConstructor}: only maps, lists and scalars
 * come out; a {@code !!java.class} tag is refused instead of instantiated.
 */
public final class SafeYaml {
  /**
   * Configuration files are small; larger ones are refused before parsing, whose time grows faster
   * than the size (a 6 MB line took 22 s, 50 MB over 5 minutes).
   */
  public static final long MAX_BYTES = 1 << 20;

  private SafeYaml() {}

  /** The top-level mapping of a file; an empty file is an empty map. */
  public static Map<String, Object> readMap(Path file) {
    Object doc;
    String text;
    try {
      text = TextInput.read(file, MAX_BYTES);
    } catch (IOException e) {
      throw new DatasetException("Cannot read configuration: " + e.getMessage(), e);
    }
    // a key given twice is an error, as the docs say, not a SnakeYAML WARNING and the last value
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    try {
      doc = new Yaml(new SafeConstructor(options)).load(text);
    } catch (DuplicateKeyException e) {
      throw new DatasetException(
          "Invalid YAML in "
              + file
              + ": "
              + Quote.excerpt(e.getProblem())
              + (e.getProblemMark() == null ? "" : " at line " + (e.getProblemMark().getLine() + 1))
              + "; give each key once",
          e);
    } catch (YAMLException e) {
      throw new DatasetException(
          "Invalid YAML in "
              + file
              + ": "
              + Quote.excerpt(e.getMessage().lines().findFirst().orElse("")),
          e);
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

package dev.learninglab.labs.pipeline.model.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Kedro's configuration environments: {@code conf/base} holds the shared settings, {@code
 * conf/local} (machine-specific, not committed) overrides them key by key. Within one environment a
 * top-level key defined in two files is an error, as in Kedro.
 */
public final class ConfigLoader {
  private final Path conf;

  public ConfigLoader(Path conf) {
    this.conf = conf;
  }

  /** The merged {@code catalog*.yml} entries. */
  public Map<String, Object> catalog() {
    return merged("catalog");
  }

  /** The merged {@code parameters*.yml} entries. */
  public Map<String, Object> parameters() {
    return merged("parameters");
  }

  private Map<String, Object> merged(String prefix) {
    Map<String, Object> out = environment("base", prefix);
    out.putAll(environment("local", prefix));
    return out;
  }

  private Map<String, Object> environment(String env, String prefix) {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Path> origin = new LinkedHashMap<>();
    for (Path file : files(conf.resolve(env), prefix)) {
      for (Map.Entry<String, Object> e : SafeYaml.readMap(file).entrySet()) {
        Path first = origin.putIfAbsent(e.getKey(), file);
        if (first != null) {
          throw new DatasetException(
              "Duplicate key `"
                  + e.getKey()
                  + "` in conf/"
                  + env
                  + ": "
                  + first.getFileName()
                  + " and "
                  + file.getFileName());
        }
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  private static List<Path> files(Path dir, String prefix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(
              p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && (n.endsWith(".yml") || n.endsWith(".yaml"));
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new DatasetException("Cannot list " + dir + ": " + e.getMessage(), e);
    }
  }
}

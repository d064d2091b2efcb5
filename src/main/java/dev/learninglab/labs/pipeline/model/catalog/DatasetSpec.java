package dev.learninglab.labs.pipeline.model.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One catalog entry's settings as read from YAML: type, filepath, versioned, load_version, and for
 * catalogued raw data {@code dataset} + {@code file} (resolved by the app's dataset resolver
 * instead of a path in the project). {@code external: true} lets {@code filepath} name a file
 * outside the project folder; without it such a path is refused.
 */
public record DatasetSpec(
    String name,
    String type,
    String filepath,
    boolean versioned,
    String loadVersion,
    String sourceDataset,
    String sourceFile,
    boolean external) {

  private static final Set<String> KEYS =
      Set.of(
          "type",
          "filepath",
          "versioned",
          "load_version",
          "dataset",
          "file",
          "load_args",
          "save_args",
          "external");

  /** Parses an entry, naming the entry and the offending key on error. */
  @SuppressWarnings("unchecked")
  public static DatasetSpec parse(String name, Object raw) {
    if (!(raw instanceof Map<?, ?> m)) {
      throw new DatasetException(
          "Catalog entry `" + name + "` must be a mapping with at least `type`, got " + raw);
    }
    Map<String, Object> map = new LinkedHashMap<>((Map<String, Object>) m);
    for (String key : map.keySet()) {
      if (!KEYS.contains(key)) {
        throw new DatasetException(
            "Catalog entry `" + name + "` has unknown key `" + key + "` (known: " + KEYS + ")");
      }
    }
    Object type = map.get("type");
    if (type == null) {
      throw new DatasetException("Catalog entry `" + name + "` has no `type`");
    }
    Object versioned = map.getOrDefault("versioned", false);
    if (!(versioned instanceof Boolean)) {
      throw new DatasetException(
          "Catalog entry `" + name + "`: `versioned` must be true or false, got " + versioned);
    }
    Object external = map.getOrDefault("external", false);
    if (!(external instanceof Boolean)) {
      throw new DatasetException(
          "Catalog entry `" + name + "`: `external` must be true or false, got " + external);
    }
    return new DatasetSpec(
        name,
        String.valueOf(type),
        str(map.get("filepath")),
        (Boolean) versioned,
        str(map.get("load_version")),
        str(map.get("dataset")),
        str(map.get("file")),
        (Boolean) external);
  }

  private static String str(Object o) {
    return o == null ? null : String.valueOf(o);
  }

  /** This spec with {@code {placeholder}}s filled in (dataset factories). */
  DatasetSpec fill(String concreteName, Map<String, String> values) {
    return new DatasetSpec(
        concreteName,
        sub(type, values),
        sub(filepath, values),
        versioned,
        loadVersion,
        sub(sourceDataset, values),
        sub(sourceFile, values),
        external);
  }

  private static String sub(String s, Map<String, String> values) {
    if (s == null) {
      return null;
    }
    String out = s;
    for (Map.Entry<String, String> e : values.entrySet()) {
      out = out.replace("{" + e.getKey() + "}", e.getValue());
    }
    return out;
  }
}

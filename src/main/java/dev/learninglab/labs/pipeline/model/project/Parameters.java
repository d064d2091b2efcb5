package dev.learninglab.labs.pipeline.model.project;

import dev.learninglab.core.io.NearestName;
import dev.learninglab.core.io.Quote;
import dev.learninglab.labs.pipeline.model.PipelineException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies runtime parameter overrides ({@code kedro run --params a.b=1}) to a copy of the
 * parameters.
 */
public final class Parameters {
  private Parameters() {}

  @SuppressWarnings("unchecked")
  public static Map<String, Object> withOverrides(
      Map<String, Object> params, Map<String, Object> overrides) {
    Map<String, Object> out = deepCopy(params);
    overrides.forEach(
        (key, value) -> {
          String[] parts = key.split("\\.");
          Map<String, Object> at = out;
          for (int i = 0; i < parts.length - 1; i++) {
            Object next = at.get(parts[i]);
            if (next == null) {
              throw unknown(key, params);
            } else if (!(next instanceof Map)) {
              throw new PipelineException(
                  "Cannot set parameter `" + key + "`: `" + parts[i] + "` is not a mapping");
            }
            at = (Map<String, Object>) next;
          }
          if (!at.containsKey(parts[parts.length - 1])) {
            throw unknown(key, params);
          }
          at.put(parts[parts.length - 1], value);
        });
    return out;
  }

  /**
   * An override of a parameter the project does not have is a mistake (a misspelt key used to run
   * silently with the defaults): it is refused, naming the nearest known key.
   */
  private static PipelineException unknown(String key, Map<String, Object> params) {
    List<String> known = new ArrayList<>();
    collectKeys("", params, known);
    String hint =
        NearestName.to(key, known)
            .map(n -> "; did you mean `" + n + "`?")
            .orElse(known.isEmpty() ? "; the project has none" : "; known: " + knownList(known));
    return new PipelineException("Unknown parameter `" + Quote.excerpt(key) + "`" + hint);
  }

  private static String knownList(List<String> known) {
    return known.size() <= 12
        ? String.join(", ", known)
        : String.join(", ", known.subList(0, 12)) + " … (" + (known.size() - 12) + " more)";
  }

  private static void collectKeys(String prefix, Map<?, ?> m, List<String> into) {
    m.forEach(
        (k, v) -> {
          String key = prefix + k;
          into.add(key);
          if (v instanceof Map<?, ?> sub) {
            collectKeys(key + ".", sub, into);
          }
        });
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepCopy(Map<String, Object> m) {
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach(
        (k, v) -> out.put(k, v instanceof Map<?, ?> sub ? deepCopy((Map<String, Object>) sub) : v));
    return out;
  }
}

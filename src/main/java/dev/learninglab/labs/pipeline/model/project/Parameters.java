package dev.learninglab.labs.pipeline.model.project;

import dev.learninglab.labs.pipeline.model.PipelineException;
import java.util.LinkedHashMap;
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
              next = new LinkedHashMap<String, Object>();
              at.put(parts[i], next);
            } else if (!(next instanceof Map)) {
              throw new PipelineException(
                  "Cannot set parameter `" + key + "`: `" + parts[i] + "` is not a mapping");
            }
            at = (Map<String, Object>) next;
          }
          at.put(parts[parts.length - 1], value);
        });
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepCopy(Map<String, Object> m) {
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach(
        (k, v) -> out.put(k, v instanceof Map<?, ?> sub ? deepCopy((Map<String, Object>) sub) : v));
    return out;
  }
}

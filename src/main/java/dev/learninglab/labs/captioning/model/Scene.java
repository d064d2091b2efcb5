package dev.learninglab.labs.captioning.model;

import java.util.List;

/**
 * A generated picture's truth: 1–3 objects in distinct columns with distinct (shape, colour) pairs,
 * and the seed of its background noise. Everything a caption can claim is decided by this record,
 * which is what makes semantic accuracy measurable.
 */
public record Scene(List<SceneObject> objects, long noiseSeed) {

  public Scene {
    objects = List.copyOf(objects);
  }

  /** The object in {@code column}, or null. */
  public SceneObject inColumn(int column) {
    return objects.stream().filter(o -> o.column() == column).findFirst().orElse(null);
  }
}

package dev.learninglab.labs.superres.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a training folder into images to train on and images to validate on, when no separate
 * validation folder is given: every tenth image by name (at least one), so the split is the same on
 * every machine and never touches a test set such as Set5.
 */
public record HeldOut(List<NamedImage> training, List<NamedImage> validation) {

  public static HeldOut of(List<NamedImage> images) {
    if (images.size() < 2) {
      throw new IllegalArgumentException(
          "need at least 2 images to hold one out for validation, got %d; or give --validation DIR"
              .formatted(images.size()));
    }
    List<NamedImage> sorted = new ArrayList<>(images);
    sorted.sort(Comparator.comparing(NamedImage::name));
    List<NamedImage> training = new ArrayList<>();
    List<NamedImage> validation = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      (i % 10 == 9 ? validation : training).add(sorted.get(i));
    }
    if (validation.isEmpty()) {
      validation.add(training.remove(training.size() - 1));
    }
    return new HeldOut(List.copyOf(training), List.copyOf(validation));
  }
}

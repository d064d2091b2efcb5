package dev.learninglab.labs.naivebayes.model;

import java.util.Arrays;

/**
 * The sorted distinct class labels of a classifier ({@code classes_} in scikit-learn), with the
 * rules partial fitting imposes on them.
 */
final class ClassIndex {
  private final int[] classes;

  private ClassIndex(int[] sortedDistinct) {
    this.classes = sortedDistinct;
  }

  /** The distinct values of {@code labels}, sorted (numpy's unique). */
  static ClassIndex of(int[] labels) {
    return new ClassIndex(Arrays.stream(labels).distinct().sorted().toArray());
  }

  /**
   * The classes to use for a partial fit: {@code classes} is required on the first call ({@code
   * current == null}) and must equal the known ones afterwards.
   */
  static ClassIndex forPartialFit(ClassIndex current, int[] classes) {
    if (current == null && classes == null) {
      throw new IllegalArgumentException(
          "classes must be passed on the first call to partialFit: naive Bayes needs every"
              + " class that can ever appear before it sees the first batch.");
    }
    if (classes == null) {
      return current;
    }
    ClassIndex given = of(classes);
    if (current != null && !Arrays.equals(current.classes, given.classes)) {
      throw new IllegalArgumentException(
          "classes="
              + Arrays.toString(classes)
              + " is not the same as on last call to"
              + " partialFit, was: "
              + Arrays.toString(current.classes));
    }
    return current == null ? given : current;
  }

  int size() {
    return classes.length;
  }

  int[] labels() {
    return classes.clone();
  }

  int label(int index) {
    return classes[index];
  }

  /**
   * The class position of every label, failing on labels outside the known classes (scikit- learn's
   * "The target label(s) ... in y do not exist in the initial classes").
   */
  int[] indicesOf(int[] y) {
    int[] out = new int[y.length];
    int[] unknown = new int[0];
    for (int i = 0; i < y.length; i++) {
      int k = Arrays.binarySearch(classes, y[i]);
      if (k < 0) {
        unknown =
            Arrays.stream(y)
                .filter(v -> Arrays.binarySearch(classes, v) < 0)
                .distinct()
                .sorted()
                .toArray();
        break;
      }
      out[i] = k;
    }
    if (unknown.length > 0) {
      throw new IllegalArgumentException(
          "The target label(s) "
              + Arrays.toString(unknown)
              + " in y do not exist in the initial classes "
              + Arrays.toString(classes));
    }
    return out;
  }
}

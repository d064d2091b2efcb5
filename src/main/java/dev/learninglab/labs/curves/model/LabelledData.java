package dev.learninglab.labs.curves.model;

import java.util.List;

/**
 * A table of numeric features with an integer class label per row; labels index {@code classNames}.
 */
public record LabelledData(double[][] x, int[] y, List<String> classNames) {

  public LabelledData {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          x.length + " rows of features but " + y.length + " labels");
    }
    classNames = List.copyOf(classNames);
  }

  public int size() {
    return y.length;
  }

  public int features() {
    return x.length == 0 ? 0 : x[0].length;
  }

  public int classCount() {
    return classNames.size();
  }

  /** The rows at {@code indices}, in that order (rows are shared, not copied). */
  public LabelledData rows(int[] indices) {
    double[][] xs = new double[indices.length][];
    int[] ys = new int[indices.length];
    for (int i = 0; i < indices.length; i++) {
      xs[i] = x[indices[i]];
      ys[i] = y[indices[i]];
    }
    return new LabelledData(xs, ys, classNames);
  }

  /** The distinct labels present, ascending. */
  public int[] presentClasses() {
    boolean[] seen = new boolean[classCount()];
    for (int label : y) {
      seen[label] = true;
    }
    int count = 0;
    for (boolean s : seen) {
      count += s ? 1 : 0;
    }
    int[] present = new int[count];
    int k = 0;
    for (int c = 0; c < seen.length; c++) {
      if (seen[c]) {
        present[k++] = c;
      }
    }
    return present;
  }
}

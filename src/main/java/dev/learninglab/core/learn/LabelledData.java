package dev.learninglab.core.learn;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Features and integer class labels ready for a classifier, with the names to show: the feature
 * columns, the label column and what each label value stands for (e.g. 0 = setosa). The one
 * labelled-data record of the labs; {@link StratifiedKFold} splits its {@code y}.
 *
 * @param x one row per sample
 * @param y the class label of each row
 * @param featureNames one per column of {@code x}
 * @param labelName the label column's name
 * @param classNames display name per label value, in label order
 */
public record LabelledData(
    Matrix x,
    int[] y,
    List<String> featureNames,
    String labelName,
    SortedMap<Integer, String> classNames) {

  public LabelledData {
    if (x.rows() != y.length || x.cols() != featureNames.size()) {
      throw new IllegalArgumentException(
          "Inconsistent data: "
              + x
              + ", "
              + y.length
              + " labels, "
              + featureNames.size()
              + " feature names");
    }
    featureNames = List.copyOf(featureNames);
    classNames = new TreeMap<>(classNames);
  }

  /** Labels named by their own number (0, 1, 2 ...). */
  public static LabelledData numbered(Matrix x, int[] y, List<String> features, String label) {
    SortedMap<Integer, String> names = new TreeMap<>();
    for (int v : y) {
      names.putIfAbsent(v, Integer.toString(v));
    }
    return new LabelledData(x, y, features, label, names);
  }

  public int rows() {
    return y.length;
  }

  public int features() {
    return x.cols();
  }

  /** How many classes are named (labels present or not). */
  public int classCount() {
    return classNames.size();
  }

  /** The rows at {@code indices}, in that order, e.g. one side of a {@link Split}. */
  public LabelledData subset(int[] indices) {
    int[] labels = new int[indices.length];
    for (int i = 0; i < indices.length; i++) {
      labels[i] = y[indices[i]];
    }
    return new LabelledData(x.selectRows(indices), labels, featureNames, labelName, classNames);
  }

  /** The display name of a label value. */
  public String className(int label) {
    return classNames.getOrDefault(label, Integer.toString(label));
  }

  /** The label value shown as {@code name}. */
  public int labelOf(String name) {
    return classNames.entrySet().stream()
        .filter(e -> e.getValue().equals(name))
        .mapToInt(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "No class `" + name + "` (classes: " + classNames.values() + ")"));
  }

  /** The sorted distinct labels present. */
  public int[] labels() {
    return Arrays.stream(y).distinct().sorted().toArray();
  }

  /** Only the feature columns at the given positions, in that order. */
  public LabelledData withFeatures(int... columns) {
    double[] out = new double[rows() * columns.length];
    for (int i = 0; i < rows(); i++) {
      for (int j = 0; j < columns.length; j++) {
        out[i * columns.length + j] = x.get(i, columns[j]);
      }
    }
    List<String> names = Arrays.stream(columns).mapToObj(featureNames::get).toList();
    return new LabelledData(
        new Matrix(out, rows(), columns.length), y, names, labelName, classNames);
  }

  /** This data plus one more sample. */
  public LabelledData plus(double[] row, int label) {
    double[] out = Arrays.copyOf(x.data(), x.data().length + row.length);
    System.arraycopy(row, 0, out, x.data().length, row.length);
    int[] labels = Arrays.copyOf(y, y.length + 1);
    labels[y.length] = label;
    SortedMap<Integer, String> names = new TreeMap<>(classNames);
    names.putIfAbsent(label, Integer.toString(label));
    return new LabelledData(
        new Matrix(out, rows() + 1, x.cols()), labels, featureNames, labelName, names);
  }

  /** Fails with a clear message unless at least two classes are present. */
  public LabelledData requireTwoClasses(String source) {
    int[] labels = labels();
    if (labels.length < 2) {
      throw new IllegalArgumentException(
          source
              + " has only one class in column `"
              + labelName
              + "` ("
              + (labels.length == 0 ? "none" : "`" + className(labels[0]) + "`")
              + "): a classifier needs at least two classes to tell apart.");
    }
    return this;
  }

  @Override
  public String toString() {
    return "LabelledData "
        + rows()
        + " rows, features "
        + featureNames
        + ", label `"
        + labelName
        + "` "
        + classNames.values();
  }
}

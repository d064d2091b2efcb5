package dev.learninglab.labs.naivebayes.model;

import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.learn.Matrix;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Readers for the datasets the project ships in scikit-learn's own formats, which are not plain
 * headered CSVs: {@code iris.csv} starts with a metadata line ("150,4,setosa,versicolor, virginica"
 * = rows, features, class names) and {@code digits.csv.gz} has no header at all.
 */
public final class BundledData {
  private static final List<String> IRIS_FEATURES =
      List.of("sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)");

  private BundledData() {}

  /** scikit-learn's iris: 150 rows, 4 features, classes 0..2 named from the metadata line. */
  public static LabelledData iris(Path file) throws IOException {
    List<String[]> rows = CsvText.read(file);
    String[] meta = rows.get(0);
    SortedMap<Integer, String> names = new TreeMap<>();
    for (int c = 2; c < meta.length; c++) {
      names.put(c - 2, meta[c]);
    }
    return labelLast(rows.subList(1, rows.size()), 2, IRIS_FEATURES, "species", names, file);
  }

  /** scikit-learn's 8x8 digits: 1797 rows of 64 pixel counts (0..16), label 0..9. */
  public static LabelledData digits(Path file) throws IOException {
    List<String> pixels =
        IntStream.range(0, 64).mapToObj(i -> "pixel_" + i / 8 + "_" + i % 8).toList();
    SortedMap<Integer, String> names = new TreeMap<>();
    IntStream.range(0, 10).forEach(d -> names.put(d, Integer.toString(d)));
    return labelLast(CsvText.read(file), 1, pixels, "digit", names, file);
  }

  private static LabelledData labelLast(
      List<String[]> rows,
      int firstLine,
      List<String> features,
      String label,
      SortedMap<Integer, String> names,
      Path file) {
    String name = String.valueOf(file.getFileName());
    int d = features.size();
    double[] x = new double[rows.size() * d];
    int[] y = new int[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      for (int j = 0; j < d; j++) {
        x[i * d + j] = LabeledCsv.number(row[j], features.get(j), i + firstLine, name);
      }
      y[i] = (int) LabeledCsv.number(row[d], label, i + firstLine, name);
    }
    return new LabelledData(new Matrix(x, rows.size(), d), y, features, label, names);
  }
}

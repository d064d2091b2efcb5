package dev.learninglab.labs.naivebayes.model;

import dev.learninglab.core.io.Quote;
import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.learn.Matrix;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads a headered CSV into {@link LabelledData}: one column is the label, the chosen others are
 * numeric features. Labels that are all integers keep their values; otherwise the distinct label
 * strings are sorted and numbered 0, 1, 2 ... (names kept for display). Every problem is reported
 * with the file, column and row.
 *
 * <pre>{@code
 * LabelledData d = LabeledCsv.read(Path.of("blobs20.csv"), "label", List.of());
 * }</pre>
 */
public final class LabeledCsv {
  private LabeledCsv() {}

  /** The header names of a CSV file (its first non-blank line). */
  public static List<String> columns(Path file) throws IOException {
    List<String[]> rows = CsvText.read(file);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(emptyMessage(file));
    }
    return List.of(rows.get(0));
  }

  /**
   * Reads {@code file}; {@code features} empty means every column but the label. Requires at least
   * one data row and two classes.
   */
  public static LabelledData read(Path file, String label, List<String> features)
      throws IOException {
    String name = String.valueOf(file.getFileName());
    List<String[]> rows = CsvText.read(file);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(emptyMessage(file));
    }
    List<String> header = List.of(rows.get(0));
    if (rows.size() == 1) {
      throw new IllegalArgumentException(
          name
              + " has a header ("
              + Quote.excerpt(String.join(", ", header))
              + ") but no data rows.");
    }
    int labelAt = indexOf(header, label, name);
    List<String> featureNames = new ArrayList<>(features);
    if (featureNames.isEmpty()) {
      header.stream().filter(h -> !h.equals(label)).forEach(featureNames::add);
    }
    int[] featureAt = featureNames.stream().mapToInt(f -> indexOf(header, f, name)).toArray();
    if (featureAt.length == 0) {
      throw new IllegalArgumentException(
          name + " has no feature column besides `" + Quote.excerpt(label) + "`.");
    }
    int n = rows.size() - 1;
    double[] x = new double[n * featureAt.length];
    String[] labels = new String[n];
    for (int i = 0; i < n; i++) {
      String[] row = rows.get(i + 1);
      int line = i + 2;
      if (row.length != header.size()) {
        throw new IllegalArgumentException(
            name
                + " line "
                + line
                + " has "
                + row.length
                + " cells but the header has "
                + header.size()
                + ".");
      }
      for (int j = 0; j < featureAt.length; j++) {
        x[i * featureAt.length + j] = number(row[featureAt[j]], featureNames.get(j), line, name);
      }
      labels[i] = row[labelAt];
      if (labels[i].isEmpty()) {
        throw new IllegalArgumentException(
            name + " line " + line + ": the label `" + label + "` is empty.");
      }
    }
    return encode(new Matrix(x, n, featureAt.length), labels, featureNames, label)
        .requireTwoClasses(name);
  }

  private static LabelledData encode(
      Matrix x, String[] labels, List<String> features, String label) {
    if (Arrays.stream(labels).allMatch(LabeledCsv::isInteger)) {
      int[] y = Arrays.stream(labels).mapToInt(s -> (int) Double.parseDouble(s)).toArray();
      return LabelledData.numbered(x, y, features, label);
    }
    String[] distinct = Arrays.stream(labels).distinct().sorted().toArray(String[]::new);
    int[] y = Arrays.stream(labels).mapToInt(s -> Arrays.binarySearch(distinct, s)).toArray();
    SortedMap<Integer, String> names = new TreeMap<>();
    for (int c = 0; c < distinct.length; c++) {
      names.put(c, distinct[c]);
    }
    return new LabelledData(x, y, features, label, names);
  }

  /** "3" and "3.0" are both the class 3, as numpy would read them. */
  private static boolean isInteger(String s) {
    return s.matches("-?\\d{1,9}(\\.0*)?");
  }

  private static int indexOf(List<String> header, String column, String file) {
    int at = header.indexOf(column);
    if (at < 0) {
      throw new IllegalArgumentException(
          "Column `"
              + Quote.excerpt(column)
              + "` not found in "
              + file
              + " (columns: "
              + Quote.excerpt(String.join(", ", header))
              + ").");
    }
    return at;
  }

  static double number(String cell, String column, int line, String file) {
    if (cell.isEmpty() || cell.equalsIgnoreCase("nan") || cell.equalsIgnoreCase("na")) {
      throw new IllegalArgumentException(
          file
              + " line "
              + line
              + ", column `"
              + column
              + "`: the value is missing ("
              + (cell.isEmpty() ? "empty" : Quote.excerpt(cell))
              + "). Naive Bayes needs every feature value;"
              + " fill in or drop rows with missing values (scikit-learn: 'Input X contains NaN').");
    }
    double v;
    try {
      v = Double.parseDouble(cell);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          file
              + " line "
              + line
              + ", column `"
              + column
              + "` holds `"
              + Quote.excerpt(cell)
              + "`, which is not a number: Gaussian naive Bayes needs numeric features"
              + " (choose other feature columns, or encode this one as numbers).");
    }
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(
          file
              + " line "
              + line
              + ", column `"
              + column
              + "` is "
              + Quote.excerpt(cell)
              + ": feature values must be finite numbers.");
    }
    return v;
  }

  private static String emptyMessage(Path file) {
    return file.getFileName()
        + " is empty: expected a header line with column names, then one"
        + " row per sample.";
  }
}

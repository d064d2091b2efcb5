package dev.learninglab.labs.curves.model;

import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.learn.Matrix;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Reads scikit-learn's copy of iris: a header {@code 150,4,setosa,versicolor,virginica} (rows,
 * features, class names) then one row per flower, the features followed by the class index.
 */
public final class IrisCsv {
  private IrisCsv() {}

  public static LabelledData read(Path file) throws IOException {
    List<String> lines =
        Files.readAllLines(file, StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank())
            .toList();
    if (lines.isEmpty()) {
      throw new IOException(file + " is empty");
    }
    String[] header = lines.get(0).split(",");
    if (header.length < 3) {
      throw new IOException(
          file + " line 1: expected `rows,features,class names...`, got `" + lines.get(0) + "`");
    }
    int rows = parseInt(header[0], file, 1);
    int features = parseInt(header[1], file, 1);
    List<String> classes = Arrays.asList(header).subList(2, header.length);
    if (lines.size() - 1 != rows) {
      throw new IOException(
          file + ": header announces " + rows + " rows but " + (lines.size() - 1) + " follow");
    }
    double[][] x = new double[rows][features];
    int[] y = new int[rows];
    for (int r = 0; r < rows; r++) {
      int lineNo = r + 2;
      String[] cells = lines.get(r + 1).split(",");
      if (cells.length != features + 1) {
        throw new IOException(
            file
                + " line "
                + lineNo
                + ": expected "
                + (features + 1)
                + " values, got "
                + cells.length);
      }
      for (int j = 0; j < features; j++) {
        try {
          x[r][j] = Double.parseDouble(cells[j].trim());
        } catch (NumberFormatException e) {
          throw new IOException(
              file
                  + " line "
                  + lineNo
                  + " column "
                  + (j + 1)
                  + ": `"
                  + cells[j]
                  + "` is not a number");
        }
      }
      y[r] = parseInt(cells[features], file, lineNo);
      if (y[r] < 0 || y[r] >= classes.size()) {
        throw new IOException(
            file
                + " line "
                + lineNo
                + ": class "
                + y[r]
                + " is not one of 0.."
                + (classes.size() - 1));
      }
    }
    SortedMap<Integer, String> names = new TreeMap<>();
    for (int c = 0; c < classes.size(); c++) {
      names.put(c, classes.get(c));
    }
    // the header names no feature: they are numbered as columns
    List<String> featureNames =
        IntStream.rangeClosed(1, features).mapToObj(j -> "feature " + j).toList();
    return new LabelledData(Matrix.of(x), y, featureNames, "class", names);
  }

  private static int parseInt(String cell, Path file, int line) throws IOException {
    try {
      return Integer.parseInt(cell.trim());
    } catch (NumberFormatException e) {
      throw new IOException(file + " line " + line + ": `" + cell + "` is not an integer");
    }
  }
}

package dev.learninglab.labs.pipeline.model.project.spaceflights;

import dev.learninglab.core.random.NumpyRandomState;
import dev.learninglab.labs.pipeline.model.PipelineException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/** The data_science pipeline's functions: split, train, evaluate. */
public final class DataScience {
  private DataScience() {}

  /**
   * scikit-learn's {@code train_test_split(X, y, test_size, random_state)}: the test rows are the
   * first {@code ceil(test_size * n)} entries of NumPy's {@code RandomState(seed).permutation(n)},
   * the train rows the rest, both in permutation order.
   */
  public static List<Object> splitData(Table data, Map<String, Object> options) {
    List<String> features = stringList(options.get("features"));
    double testSize = number(options, "test_size").doubleValue();
    long seed = number(options, "random_state").longValue();
    if (!(testSize > 0 && testSize < 1)) {
      throw new PipelineException(
          "model_options.test_size must be between 0 and 1, got " + testSize);
    }
    int n = data.rowCount();
    int nTest = (int) Math.ceil(testSize * n);
    int[] perm = new NumpyRandomState(seed).permutation(n);
    int[] test = Arrays.copyOfRange(perm, 0, nTest);
    int[] train = Arrays.copyOfRange(perm, nTest, n);
    for (String f : features) {
      Frames.column(data, f);
    }
    Table x = data.selectColumns(features.toArray(String[]::new)).setName("X");
    Table y = data.selectColumns("price").setName("y");
    return List.of(
        Frames.take(x, train).setName("X_train"),
        Frames.take(x, test).setName("X_test"),
        Frames.take(y, train).setName("y_train"),
        Frames.take(y, test).setName("y_test"));
  }

  public static LinearRegressionModel trainModel(Table xTrain, Table yTrain) {
    double[][] x = matrix(xTrain);
    double[] fit = Ols.fit(x, Frames.doubles(yTrain, "price"));
    return new LinearRegressionModel(
        xTrain.columnNames(), Arrays.copyOf(fit, fit.length - 1), fit[fit.length - 1], x.length);
  }

  /** R² on the test rows, as a metrics map (the tutorial logs it; we also save it). */
  public static Map<String, Object> evaluateModel(
      LinearRegressionModel model, Table xTest, Table yTest) {
    double[][] x = matrix(xTest.selectColumns(model.features().toArray(String[]::new)));
    double[] pred = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      pred[i] = model.predict(x[i]);
    }
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("r2", Ols.r2(Frames.doubles(yTest, "price"), pred));
    metrics.put("test_rows", x.length);
    return metrics;
  }

  private static double[][] matrix(Table t) {
    double[][] cols = new double[t.columnCount()][];
    for (int j = 0; j < cols.length; j++) {
      cols[j] = Frames.doubles(t, t.columnNames().get(j));
    }
    double[][] rows = new double[t.rowCount()][cols.length];
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < cols.length; j++) {
        rows[i][j] = cols[j][i];
      }
    }
    return rows;
  }

  private static Number number(Map<String, Object> options, String key) {
    Object v = options.get(key);
    if (!(v instanceof Number n)) {
      throw new PipelineException("model_options." + key + " must be a number, got " + v);
    }
    return n;
  }

  private static List<String> stringList(Object v) {
    if (!(v instanceof List<?> l) || l.isEmpty()) {
      throw new PipelineException(
          "model_options.features must be a non-empty list of column names, got " + v);
    }
    return l.stream().map(String::valueOf).toList();
  }
}

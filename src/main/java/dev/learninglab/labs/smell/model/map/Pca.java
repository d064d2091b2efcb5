package dev.learninglab.labs.smell.model.map;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Principal component analysis by the SVD of the centred data (Commons Math), as scikit-learn's
 * {@code PCA} computes it. A component's sign is arbitrary; here each component is turned so that
 * its largest loading (by absolute value) is positive, which makes the map repeatable.
 *
 * @param mean the column means subtracted before projecting
 * @param components k × columns, unit rows, by decreasing variance
 * @param explainedVarianceRatio each component's share of the total variance
 */
public record Pca(double[] mean, double[][] components, double[] explainedVarianceRatio) {

  /** Fits {@code k} components to the rows of {@code x} (rows × columns, at least 2 rows). */
  public static Pca fit(double[][] x, int k) {
    int n = x.length;
    if (n < 2 || k < 1 || k > Math.min(n, x[0].length)) {
      throw new IllegalArgumentException(
          "PCA needs at least 2 rows and 1 ≤ k ≤ min(rows, columns); got " + n + " rows, k = " + k);
    }
    int d = x[0].length;
    double[] mean = new double[d];
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        mean[j] += row[j] / n;
      }
    }
    double[][] centred = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        centred[i][j] = x[i][j] - mean[j];
      }
    }
    SingularValueDecomposition svd =
        new SingularValueDecomposition(new Array2DRowRealMatrix(centred, false));
    double[] s = svd.getSingularValues();
    double total = 0;
    for (double v : s) {
      total += v * v;
    }
    RealMatrix v = svd.getV();
    double[][] components = new double[k][d];
    double[] ratio = new double[k];
    for (int c = 0; c < k; c++) {
      double[] loading = v.getColumn(c);
      int largest = 0;
      for (int j = 1; j < d; j++) {
        if (Math.abs(loading[j]) > Math.abs(loading[largest])) {
          largest = j;
        }
      }
      double sign = loading[largest] < 0 ? -1 : 1;
      for (int j = 0; j < d; j++) {
        components[c][j] = sign * loading[j];
      }
      ratio[c] = total == 0 ? 0 : s[c] * s[c] / total;
    }
    return new Pca(mean, components, ratio);
  }

  /** Each row's coordinates along the components (rows × k). */
  public double[][] transform(double[][] x) {
    double[][] out = new double[x.length][components.length];
    for (int i = 0; i < x.length; i++) {
      for (int c = 0; c < components.length; c++) {
        double sum = 0;
        for (int j = 0; j < mean.length; j++) {
          sum += (x[i][j] - mean[j]) * components[c][j];
        }
        out[i][c] = sum;
      }
    }
    return out;
  }
}

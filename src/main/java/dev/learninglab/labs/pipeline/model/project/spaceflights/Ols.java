package dev.learninglab.labs.pipeline.model.project.spaceflights;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Least squares the way scikit-learn's {@code LinearRegression} does it: centre X and y, solve the
 * centred problem for the minimum-norm solution (SVD, so a constant feature — spaceflights' {@code
 * moon_clearance_complete} is always false — gets coefficient 0 instead of breaking the fit), and
 * put the means back into the intercept.
 */
public final class Ols {
  private Ols() {}

  /**
   * Fits on rows {@code x[i]} (one per sample) and targets {@code y[i]}: coefficients then
   * intercept.
   */
  public static double[] fit(double[][] x, double[] y) {
    int n = x.length;
    int p = n == 0 ? 0 : x[0].length;
    if (n < 2) {
      throw new IllegalArgumentException("Linear regression needs at least 2 rows, got " + n);
    }
    double[] xMean = new double[p];
    double yMean = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        xMean[j] += x[i][j];
      }
      yMean += y[i];
    }
    for (int j = 0; j < p; j++) {
      xMean[j] /= n;
    }
    yMean /= n;
    double[][] xc = new double[n][p];
    double[] yc = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        xc[i][j] = x[i][j] - xMean[j];
      }
      yc[i] = y[i] - yMean;
    }
    RealVector beta =
        new SingularValueDecomposition(new Array2DRowRealMatrix(xc, false))
            .getSolver()
            .solve(new ArrayRealVector(yc, false));
    double[] out = new double[p + 1];
    double intercept = yMean;
    for (int j = 0; j < p; j++) {
      out[j] = beta.getEntry(j);
      intercept -= out[j] * xMean[j];
    }
    out[p] = intercept;
    return out;
  }

  /** The coefficient of determination, as {@code sklearn.metrics.r2_score}. */
  public static double r2(double[] yTrue, double[] yPred) {
    double mean = 0;
    for (double v : yTrue) {
      mean += v;
    }
    mean /= yTrue.length;
    double ssRes = 0;
    double ssTot = 0;
    for (int i = 0; i < yTrue.length; i++) {
      ssRes += (yTrue[i] - yPred[i]) * (yTrue[i] - yPred[i]);
      ssTot += (yTrue[i] - mean) * (yTrue[i] - mean);
    }
    return 1 - ssRes / ssTot;
  }
}

package dev.learninglab.labs.forecast.model;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * AR(W) with an intercept, fitted by least squares on windows' rows and targets. Solved by QR, not
 * the normal equations: 50 lags of a price are nearly collinear, and squaring that condition number
 * would cost the digits the NumPy comparison checks.
 */
public final class AutoRegression {
  private final double[] coefficients; // intercept first, then lag weights oldest first

  private AutoRegression(double[] coefficients) {
    this.coefficients = coefficients;
  }

  /** Fits on windows {@code 0..count−1} of {@code values} under {@code protocol}. */
  public static AutoRegression fit(double[] values, Protocol protocol, int count) {
    int w = protocol.window();
    if (count <= w + 1) {
      throw new IllegalArgumentException(
          "AR(%d) needs more than %d training windows, there are %d".formatted(w, w + 1, count));
    }
    double[][] design = new double[count][w + 1];
    double[] targets = new double[count];
    for (int i = 0; i < count; i++) {
      design[i][0] = 1;
      System.arraycopy(values, i, design[i], 1, w);
      targets[i] = values[protocol.target(i)];
    }
    try {
      RealVector solution =
          new QRDecomposition(new Array2DRowRealMatrix(design, false), 0)
              .getSolver()
              .solve(new ArrayRealVector(targets, false));
      return new AutoRegression(solution.toArray());
    } catch (SingularMatrixException e) {
      throw new IllegalArgumentException(
          "AR(%d) cannot be fitted: the training windows are linearly dependent (a constant stretch?)"
              .formatted(w));
    }
  }

  /** The forecast for the window starting at row {@code start}. */
  public double predict(double[] values, int start) {
    double sum = coefficients[0];
    for (int j = 1; j < coefficients.length; j++) {
      sum += coefficients[j] * values[start + j - 1];
    }
    return sum;
  }
}

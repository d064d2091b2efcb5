package dev.learninglab.labs.curves.model.extrapolation;

import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The tutorial's own extrapolation: scipy's {@code interp1d(kind="quadratic",
 * fill_value="extrapolate")}, a quadratic B-spline through every point (not a least-squares fit),
 * continued past the ends by its first and last pieces.
 *
 * <p>The knots are scipy's for an even degree: each end three times, and the midpoints between
 * neighbouring points except the first and the last midpoint, so that n points give n coefficients.
 */
public final class QuadraticSpline implements FittedCurve {
  private static final int DEGREE = 2;

  private final double[] knots;
  private final double[] coefficients;

  private QuadraticSpline(double[] knots, double[] coefficients) {
    this.knots = knots;
    this.coefficients = coefficients;
  }

  /** Interpolates points whose sizes strictly increase. */
  public static QuadraticSpline through(double[] n, double[] y) {
    if (n.length < 3) {
      throw new IllegalArgumentException(
          "A quadratic spline needs at least 3 points, got " + n.length);
    }
    for (int i = 1; i < n.length; i++) {
      if (!(n[i] > n[i - 1])) {
        throw new IllegalArgumentException(
            "Sizes must increase, got " + n[i - 1] + " then " + n[i]);
      }
    }
    double[] knots = knots(n);
    RealMatrix collocation = new Array2DRowRealMatrix(n.length, n.length);
    for (int row = 0; row < n.length; row++) {
      int span = span(knots, n.length, n[row]);
      double[] basis = basis(knots, span, n[row]);
      for (int j = 0; j <= DEGREE; j++) {
        collocation.setEntry(row, span - DEGREE + j, basis[j]);
      }
    }
    double[] c =
        new LUDecomposition(collocation).getSolver().solve(new ArrayRealVector(y)).toArray();
    return new QuadraticSpline(knots, c);
  }

  private static double[] knots(double[] n) {
    int last = n.length - 1;
    double[] t = new double[n.length + DEGREE + 1];
    for (int i = 0; i <= DEGREE; i++) {
      t[i] = n[0];
      t[t.length - 1 - i] = n[last];
    }
    for (int i = 1; i < last - 1; i++) {
      t[DEGREE + i] = (n[i] + n[i + 1]) / 2;
    }
    return t;
  }

  /** The knot interval whose polynomial piece holds x; the end pieces continue outside. */
  private static int span(double[] t, int count, double x) {
    int span = DEGREE;
    while (span < count - 1 && x >= t[span + 1]) {
      span++;
    }
    return span;
  }

  /** The DEGREE + 1 basis functions that are non-zero on the span, by the Cox–de Boor recursion. */
  private static double[] basis(double[] t, int span, double x) {
    double[] value = new double[DEGREE + 1];
    double[] left = new double[DEGREE + 1];
    double[] right = new double[DEGREE + 1];
    value[0] = 1;
    for (int j = 1; j <= DEGREE; j++) {
      left[j] = x - t[span + 1 - j];
      right[j] = t[span + j] - x;
      double saved = 0;
      for (int r = 0; r < j; r++) {
        double share = value[r] / (right[r + 1] + left[j - r]);
        value[r] = saved + right[r + 1] * share;
        saved = left[j - r] * share;
      }
      value[j] = saved;
    }
    return value;
  }

  @Override
  public String model() {
    return "quadratic spline";
  }

  @Override
  public String formula() {
    return "interp1d(kind=\"quadratic\", fill_value=\"extrapolate\")";
  }

  /** A spline has a coefficient per point, not named parameters worth showing. */
  @Override
  public Map<String, Double> parameters() {
    return Map.of();
  }

  @Override
  public double predict(double n) {
    int span = span(knots, coefficients.length, n);
    double[] basis = basis(knots, span, n);
    double sum = 0;
    for (int j = 0; j <= DEGREE; j++) {
      sum += basis[j] * coefficients[span - DEGREE + j];
    }
    return sum;
  }
}

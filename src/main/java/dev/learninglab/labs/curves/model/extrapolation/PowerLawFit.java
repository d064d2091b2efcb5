package dev.learninglab.labs.curves.model.extrapolation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The power law acc(n) = a − b·n^(−c) (the form learning-curve studies find best), fitted by least
 * squares with the asymptote a kept at most 1.
 *
 * <p>For a fixed exponent c the model is linear in a and b, so the fit searches c alone (a
 * log-spaced grid on 0.001–5, then golden-section refinement) and solves a and b exactly for each c
 * ("variable projection"). A general Levenberg–Marquardt fit did not converge on real MNIST points,
 * whose best power law drifts towards the logarithm (c → 0, a and b → ∞).
 *
 * <p>The 95% band of the mean prediction comes from the delta method: s²(JᵀJ)⁻¹ pushed through the
 * gradient of the prediction, scaled by Student's t with k − 3 degrees of freedom; with three
 * points there is no band.
 */
public final class PowerLawFit implements FittedCurve {
  private static final double C_MIN = 1e-3;
  private static final double C_MAX = 5;
  private static final int GRID = 200;

  private final double a;
  private final double b;
  private final double c;
  private final RealMatrix covariance;
  private final double t;

  private PowerLawFit(double a, double b, double c, RealMatrix covariance, double t) {
    this.a = a;
    this.b = b;
    this.c = c;
    this.covariance = covariance;
    this.t = t;
  }

  /** a, b and the residual sum of squares for one exponent. */
  private record Linear(double a, double b, double rss) {}

  public static PowerLawFit fit(double[] n, double[] y) {
    if (n.length < 3) {
      throw new IllegalArgumentException(
          "A power law has 3 parameters: fit it on at least 3 points, got " + n.length);
    }
    double lo = Math.log(C_MIN);
    double hi = Math.log(C_MAX);
    int best = 0;
    double bestRss = Double.POSITIVE_INFINITY;
    for (int i = 0; i <= GRID; i++) {
      double rss = solve(n, y, Math.exp(lo + (hi - lo) * i / GRID)).rss;
      if (rss < bestRss) {
        bestRss = rss;
        best = i;
      }
    }
    double left = lo + (hi - lo) * Math.max(0, best - 1) / GRID;
    double right = lo + (hi - lo) * Math.min(GRID, best + 1) / GRID;
    double logC = goldenSection(n, y, left, right);
    double c = Math.exp(logC);
    Linear ab = solve(n, y, c);
    int dof = n.length - 3;
    if (dof < 1) {
      return new PowerLawFit(ab.a, ab.b, c, null, Double.NaN);
    }
    double[][] jacobian = new double[n.length][];
    for (int i = 0; i < n.length; i++) {
      jacobian[i] = gradient(ab.b, c, n[i]);
    }
    RealMatrix j = new Array2DRowRealMatrix(jacobian, false);
    SingularValueDecomposition svd = new SingularValueDecomposition(j.transpose().multiply(j));
    if (svd.getConditionNumber() > 1e14) {
      return new PowerLawFit(
          ab.a, ab.b, c, null, Double.NaN); // the fit stands, its band is undefined
    }
    RealMatrix cov = svd.getSolver().getInverse().scalarMultiply(ab.rss / dof);
    return new PowerLawFit(
        ab.a, ab.b, c, cov, new TDistribution(dof).inverseCumulativeProbability(0.975));
  }

  /** Least-squares a and b for a fixed c, with a capped at 1 (no accuracy above 100%). */
  private static Linear solve(double[] n, double[] y, double c) {
    int k = n.length;
    double[] x = new double[k];
    double mx = 0;
    double my = 0;
    for (int i = 0; i < k; i++) {
      x[i] = Math.pow(n[i], -c);
      mx += x[i] / k;
      my += y[i] / k;
    }
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < k; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
    }
    double b = -sxy / sxx;
    double a = my + b * mx;
    if (a > 1) {
      a = 1;
      double num = 0;
      double den = 0;
      for (int i = 0; i < k; i++) {
        num += (1 - y[i]) * x[i];
        den += x[i] * x[i];
      }
      b = num / den;
    }
    double rss = 0;
    for (int i = 0; i < k; i++) {
      double r = y[i] - (a - b * x[i]);
      rss += r * r;
    }
    return new Linear(a, b, rss);
  }

  private static double goldenSection(double[] n, double[] y, double lo, double hi) {
    double g = (Math.sqrt(5) - 1) / 2;
    double x1 = hi - g * (hi - lo);
    double x2 = lo + g * (hi - lo);
    double f1 = solve(n, y, Math.exp(x1)).rss;
    double f2 = solve(n, y, Math.exp(x2)).rss;
    for (int i = 0; i < 200 && hi - lo > 1e-13; i++) {
      if (f1 < f2) {
        hi = x2;
        x2 = x1;
        f2 = f1;
        x1 = hi - g * (hi - lo);
        f1 = solve(n, y, Math.exp(x1)).rss;
      } else {
        lo = x1;
        x1 = x2;
        f1 = f2;
        x2 = lo + g * (hi - lo);
        f2 = solve(n, y, Math.exp(x2)).rss;
      }
    }
    return (lo + hi) / 2;
  }

  private static double value(double a, double b, double c, double n) {
    return a - b * Math.pow(n, -c);
  }

  /** ∂/∂(a, b, c) of a − b·n^(−c). */
  private static double[] gradient(double b, double c, double n) {
    double pow = Math.pow(n, -c);
    return new double[] {1, -pow, b * pow * Math.log(n)};
  }

  @Override
  public String model() {
    return "power law";
  }

  @Override
  public String formula() {
    return "a − b·n^(−c)";
  }

  @Override
  public Map<String, Double> parameters() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("a", a);
    m.put("b", b);
    m.put("c", c);
    return m;
  }

  @Override
  public double predict(double n) {
    return value(a, b, c, n);
  }

  @Override
  public double bandHalfWidth(double n) {
    if (covariance == null) {
      return Double.NaN;
    }
    RealVector g = new ArrayRealVector(gradient(b, c, n), false);
    return t * Math.sqrt(Math.max(0, g.dotProduct(covariance.operate(g))));
  }
}

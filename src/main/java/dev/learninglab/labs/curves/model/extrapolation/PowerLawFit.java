package dev.learninglab.labs.curves.model.extrapolation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * The power law acc(n) = a − b·n^(−c) (the form learning-curve studies find best), fitted by
 * Levenberg–Marquardt on (a, ln b, ln c) so that b and c stay positive. The 95% band of the mean prediction comes from the delta method: the
 * parameter covariance s²(JᵀJ)⁻¹ pushed through the gradient of the prediction, scaled by
 * Student's t with k − 3 degrees of freedom; with three points there is no band.
 */
public final class PowerLawFit implements FittedCurve {
  private final double a;
  private final double b;
  private final double c;
  private final RealMatrix covariance;
  private final double t;

  private PowerLawFit(double[] p, RealMatrix covariance, double t) {
    this.a = p[0];
    this.b = p[1];
    this.c = p[2];
    this.covariance = covariance;
    this.t = t;
  }

  public static PowerLawFit fit(double[] n, double[] y) {
    if (n.length < 3) {
      throw new IllegalArgumentException("A power law has 3 parameters: fit it on at least 3 points, got " + n.length);
    }
    double yMax = java.util.Arrays.stream(y).max().orElseThrow();
    double a0 = Math.min(1.0, yMax + 0.5 * (yMax - y[0]) + 1e-3);
    double c0 = 0.5;
    double b0 = Math.max((a0 - y[0]) * Math.pow(n[0], c0), 1e-6);
    LeastSquaresOptimizer.Optimum opt;
    try {
      opt = new LevenbergMarquardtOptimizer().optimize(
          new LeastSquaresBuilder()
              .start(new double[] {a0, Math.log(b0), Math.log(c0)})
              .model(q -> model(q, n))
              .target(y)
              .maxEvaluations(10_000)
              .maxIterations(10_000)
              .build());
    } catch (MathIllegalStateException e) {
      throw new IllegalArgumentException("the power law did not converge on these points (" + e.getMessage() + ")", e);
    }
    double[] q = opt.getPoint().toArray();
    double[] p = {q[0], Math.exp(q[1]), Math.exp(q[2])};
    int dof = n.length - 3;
    if (dof < 1) {
      return new PowerLawFit(p, null, Double.NaN);
    }
    double s2 = opt.getResiduals().dotProduct(opt.getResiduals()) / dof;
    // Covariance of (a, ln b, ln c) carried to (a, b, c): D·C·D with D = diag(1, b, c).
    RealMatrix d = MatrixUtils.createRealDiagonalMatrix(new double[] {1, p[1], p[2]});
    RealMatrix cov;
    try {
      cov = d.multiply(opt.getCovariances(1e-14).scalarMultiply(s2)).multiply(d);
    } catch (MathIllegalArgumentException e) {
      return new PowerLawFit(p, null, Double.NaN); // singular: no band, the fit itself stands
    }
    return new PowerLawFit(p, cov, new TDistribution(dof).inverseCumulativeProbability(0.975));
  }

  /** Values and Jacobian in the fitted parameters (a, ln b, ln c). */
  private static Pair<RealVector, RealMatrix> model(RealVector q, double[] n) {
    double a = q.getEntry(0);
    double b = Math.exp(q.getEntry(1));
    double c = Math.exp(q.getEntry(2));
    double[] value = new double[n.length];
    double[][] jacobian = new double[n.length][];
    for (int i = 0; i < n.length; i++) {
      value[i] = value(a, b, c, n[i]);
      double[] g = gradient(b, c, n[i]);
      jacobian[i] = new double[] {g[0], g[1] * b, g[2] * c};
    }
    return new Pair<>(new ArrayRealVector(value, false), new Array2DRowRealMatrix(jacobian, false));
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

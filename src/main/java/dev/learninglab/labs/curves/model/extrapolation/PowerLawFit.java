package dev.learninglab.labs.curves.model.extrapolation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * The power law acc(n) = a − b·n^(−c) (the form learning-curve studies find best), fitted by
 * Levenberg–Marquardt. The 95% band of the mean prediction comes from the delta method: the
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
    LeastSquaresOptimizer.Optimum opt = new LevenbergMarquardtOptimizer().optimize(
        new LeastSquaresBuilder()
            .start(new double[] {a0, b0, c0})
            .model(p -> model(p, n))
            .target(y)
            .maxEvaluations(10_000)
            .maxIterations(10_000)
            .build());
    double[] p = opt.getPoint().toArray();
    int dof = n.length - 3;
    if (dof < 1) {
      return new PowerLawFit(p, null, Double.NaN);
    }
    double s2 = opt.getResiduals().dotProduct(opt.getResiduals()) / dof;
    RealMatrix cov = opt.getCovariances(1e-14).scalarMultiply(s2);
    return new PowerLawFit(p, cov, new TDistribution(dof).inverseCumulativeProbability(0.975));
  }

  private static Pair<RealVector, RealMatrix> model(RealVector p, double[] n) {
    double[] value = new double[n.length];
    double[][] jacobian = new double[n.length][];
    for (int i = 0; i < n.length; i++) {
      value[i] = value(p.getEntry(0), p.getEntry(1), p.getEntry(2), n[i]);
      jacobian[i] = gradient(p.getEntry(1), p.getEntry(2), n[i]);
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

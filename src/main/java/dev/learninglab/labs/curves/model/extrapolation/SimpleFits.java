package dev.learninglab.labs.curves.model.extrapolation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.fitting.PolynomialCurveFitter;
import org.apache.commons.math3.fitting.WeightedObservedPoints;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The two least-squares fits beside the power law: the quadratic a + b·n + c·n² and the logarithm a
 * + b·ln n (the tutorial's own quadratic is {@link QuadraticSpline}).
 */
public final class SimpleFits {
  private SimpleFits() {}

  public static FittedCurve quadratic(double[] n, double[] y) {
    if (n.length < 3) {
      throw new IllegalArgumentException("A quadratic needs at least 3 points, got " + n.length);
    }
    WeightedObservedPoints obs = new WeightedObservedPoints();
    for (int i = 0; i < n.length; i++) {
      obs.add(n[i], y[i]);
    }
    double[] p = PolynomialCurveFitter.create(2).fit(obs.toList());
    return new Simple(
        "quadratic",
        "a + b·n + c·n²",
        names(p, "a", "b", "c"),
        x -> p[0] + p[1] * x + p[2] * x * x);
  }

  public static FittedCurve logarithm(double[] n, double[] y) {
    if (n.length < 2) {
      throw new IllegalArgumentException("A logarithm needs at least 2 points, got " + n.length);
    }
    SimpleRegression r = new SimpleRegression();
    for (int i = 0; i < n.length; i++) {
      r.addData(Math.log(n[i]), y[i]);
    }
    double a = r.getIntercept();
    double b = r.getSlope();
    return new Simple(
        "logarithm", "a + b·ln n", names(new double[] {a, b}, "a", "b"), x -> a + b * Math.log(x));
  }

  private static Map<String, Double> names(double[] p, String... names) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      m.put(names[i], p[i]);
    }
    return m;
  }

  private record Simple(
      String model, String formula, Map<String, Double> parameters, DoubleUnaryOperator f)
      implements FittedCurve {
    @Override
    public double predict(double n) {
      return f.applyAsDouble(n);
    }
  }
}

package dev.learninglab.labs.curves.model.extrapolation;

import java.util.Map;

/** A curve fitted to (size, accuracy) points that can predict accuracy at any size. */
public interface FittedCurve {

  /** Short name: "power law", "quadratic", "logarithm". */
  String model();

  /** The formula with its parameter names, e.g. "a − b·n^(−c)". */
  String formula();

  /** Fitted parameter values by name, in formula order. */
  Map<String, Double> parameters();

  double predict(double n);

  /** Half-width of the 95% confidence band of the mean prediction at n; NaN when not known. */
  default double bandHalfWidth(double n) {
    return Double.NaN;
  }

  /**
   * The smallest size beyond {@code from} at which the prediction reaches {@code target}, found by
   * doubling then bisection; NaN when the curve does not reach it below {@code limit}.
   */
  default double sizeFor(double target, double from, double limit) {
    if (predict(from) >= target) {
      return from;
    }
    double lo = from;
    double hi = from;
    while (predict(hi) < target) {
      lo = hi;
      hi *= 2;
      if (hi > limit) {
        return Double.NaN;
      }
    }
    for (int i = 0; i < 200 && hi - lo > 0.5; i++) {
      double mid = (lo + hi) / 2;
      if (predict(mid) >= target) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return Math.ceil(hi);
  }
}

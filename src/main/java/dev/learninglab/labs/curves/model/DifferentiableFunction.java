package dev.learninglab.labs.curves.model;

/**
 * A smooth objective for {@link Lbfgs}: its value at a point, and its gradient written in place.
 */
@FunctionalInterface
public interface DifferentiableFunction {

  /** Returns f(x) and writes ∇f(x) into {@code gradient} (same length as {@code x}). */
  double valueAndGradient(double[] x, double[] gradient);
}

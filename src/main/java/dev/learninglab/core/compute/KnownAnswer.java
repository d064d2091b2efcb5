package dev.learninglab.core.compute;

import ai.djl.ndarray.NDManager;
import java.util.function.Function;

/**
 * One operation of the engine on fixed inputs, with the answer it must give: {@code compute} runs
 * it in the engine (arrays created in the given manager), {@code expected} is the double-precision
 * answer computed in Java.
 */
record KnownAnswer(String operation, Function<NDManager, float[]> compute, double[] expected) {

  /** The largest error allowed: single precision's rounding, scaled to the answer's size. */
  double tolerance() {
    double largest = 0;
    for (double v : expected) {
      largest = Math.max(largest, Math.abs(v));
    }
    return 1e-5 + 1e-4 * largest;
  }

  /** How far the engine's answer lies from the known one (infinite for a NaN or a wrong size). */
  static double error(float[] actual, double[] expected) {
    if (actual.length != expected.length) {
      return Double.POSITIVE_INFINITY;
    }
    double worst = 0;
    for (int i = 0; i < actual.length; i++) {
      double diff = Math.abs(actual[i] - expected[i]);
      if (Double.isNaN(diff)) {
        return Double.POSITIVE_INFINITY;
      }
      worst = Math.max(worst, diff);
    }
    return worst;
  }
}

package dev.learninglab.labs.smell.model.map;

import java.util.Arrays;

/**
 * The part of an axis a map shows. A few far-out molecules would otherwise squeeze the other
 * thousands into one blob, so the range runs from a low to a high percentile of the values.
 */
public record AxisRange(double min, double max) {
  /** The share of values left outside at each end. */
  public static final double TAIL = 0.01;

  /** From the {@link #TAIL} to the 1 − {@link #TAIL} quantile of {@code values}. */
  public static AxisRange robust(double[] values) {
    if (values.length == 0) {
      return new AxisRange(0, 1);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return new AxisRange(quantile(sorted, TAIL), quantile(sorted, 1 - TAIL));
  }

  public boolean contains(double v) {
    return v >= min && v <= max;
  }

  /** Linear interpolation between the closest ranks. */
  private static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }
}

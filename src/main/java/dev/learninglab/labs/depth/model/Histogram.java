package dev.learninglab.labs.depth.model;

import java.util.Arrays;

/**
 * numpy's {@code histogram}: equal-width bins from min to max (last bin closed), optionally
 * weighted — the tutorial's count histogram (weights = 1) and quantity-weighted histogram (weights
 * = quantity). {@link #autoBins} is numpy's {@code bins="auto"}, which seaborn uses.
 *
 * @param edges bins+1 edges
 * @param totals per-bin counts or weight sums
 */
public record Histogram(double[] edges, double[] totals) {

  /** Histogram of {@code values} with {@code bins} bins, weighted by {@code weights} (or 1). */
  public static Histogram of(double[] values, double[] weights, int bins) {
    if (values.length == 0) {
      return of(values, weights, bins, 0, 1);
    }
    return of(
        values,
        weights,
        bins,
        Arrays.stream(values).min().orElseThrow(),
        Arrays.stream(values).max().orElseThrow());
  }

  /**
   * Histogram over the fixed range [lo, hi] (values outside are left out), so two groups — bids and
   * asks — share their bins as in seaborn's {@code hue} plots.
   */
  public static Histogram of(double[] values, double[] weights, int bins, double lo, double hi) {
    if (bins < 1) {
      throw new IllegalArgumentException("A histogram needs at least one bin, got " + bins);
    }
    if (lo == hi) {
      // numpy widens a degenerate range by 0.5 on each side
      lo -= 0.5;
      hi += 0.5;
    }
    double[] edges = linspace(lo, hi, bins);
    double[] totals = new double[bins];
    double norm = bins / (hi - lo);
    for (int i = 0; i < values.length; i++) {
      double x = values[i];
      if (x < lo || x > hi) {
        continue;
      }
      int k = (int) Math.floor((x - lo) * norm);
      if (k == bins) {
        k--;
      }
      // the same float corrections numpy makes after the fast division
      if (x < edges[k]) {
        k--;
      } else if (k < bins - 1 && x >= edges[k + 1]) {
        k++;
      }
      totals[k] += weights == null ? 1 : weights[i];
    }
    return new Histogram(edges, totals);
  }

  /** numpy's "auto" bin count: the smaller width of Sturges' and Freedman–Diaconis' rules. */
  public static int autoBins(double[] values) {
    int n = values.length;
    if (n == 0) {
      return 1;
    }
    double[] v = values.clone();
    Arrays.sort(v);
    double range = v[n - 1] - v[0];
    if (range == 0) {
      return 1;
    }
    double sturges = range / (Math.log(n) / Math.log(2) + 1);
    double iqr = Describe.quantile(v, 0.75) - Describe.quantile(v, 0.25);
    double fd = 2 * iqr * Math.pow(n, -1.0 / 3);
    double width = fd > 0 ? Math.min(fd, sturges) : sturges;
    return (int) Math.ceil(range / width);
  }

  private static double[] linspace(double lo, double hi, int bins) {
    double[] e = new double[bins + 1];
    double step = (hi - lo) / bins;
    for (int i = 0; i <= bins; i++) {
      e[i] = lo + i * step;
    }
    e[bins] = hi;
    return e;
  }
}

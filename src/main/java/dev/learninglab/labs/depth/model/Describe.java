package dev.learninglab.labs.depth.model;

import java.util.Arrays;

/**
 * pandas' {@code Series.describe()} for one side's prices or quantities (the tutorial's {@code
 * df.groupby("side").price.describe()}): count, mean, sample standard deviation (ddof=1), min,
 * quartiles by linear interpolation, max. Doubles, like pandas.
 */
public record Describe(
    long count,
    double mean,
    double std,
    double min,
    double q25,
    double median,
    double q75,
    double max) {

  /** Statistics of {@code values}; NaN fields (as pandas) when there are too few values. */
  public static Describe of(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    if (n == 0) {
      return new Describe(
          0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double mean = Arrays.stream(v).sum() / n;
    double ss = 0;
    for (double x : v) {
      ss += (x - mean) * (x - mean);
    }
    double std = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
    return new Describe(
        n, mean, std, v[0], quantile(v, 0.25), quantile(v, 0.5), quantile(v, 0.75), v[n - 1]);
  }

  /** numpy's default ("linear") quantile of sorted values. */
  static double quantile(double[] sorted, double q) {
    double pos = (sorted.length - 1) * q;
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
  }
}

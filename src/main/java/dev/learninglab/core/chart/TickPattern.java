package dev.learninglab.core.chart;

import java.util.Collection;
import java.util.DoubleSummaryStatistics;

/**
 * Decimal patterns for an axis's tick labels, so that a loss between 0.2686 and 0.2690 reads
 * "0.26867, 0.26870 …" instead of XChart's "0.268666386604309": as many decimals as the spread of
 * the values needs to tell ten ticks apart, and no more.
 */
public final class TickPattern {
  private static final int MAX_DECIMALS = 10;
  private static final int PLAIN_DECADES = 4;

  private TickPattern() {}

  /** The pattern for an axis showing {@code values} (NaNs and infinities are ignored). */
  public static String forValues(Collection<Double> values) {
    DoubleSummaryStatistics finite = finite(values);
    double min = finite.getMin();
    double max = finite.getMax();
    if (min > max) {
      return withDecimals(2);
    }
    double span = max - min;
    // one value, or all equal: three significant digits of the value itself
    double step = span > 0 ? span / 10 : Math.max(Math.abs(max), 1e-10) / 100;
    return withDecimals((int) Math.ceil(-Math.log10(step)));
  }

  /**
   * Limits for a linear axis whose {@code values} spread over less than a hundredth of their order
   * of magnitude (a validation PSNR from 28.512 to 28.526 dB), or null when they spread enough.
   * Ticks inside so narrow a range would need a fifth significant digit ("28.515"); the axis is
   * widened around the data to that hundredth instead, so every label keeps to four.
   */
  public static double[] readableLimits(Collection<Double> values) {
    DoubleSummaryStatistics finite = finite(values);
    double min = finite.getMin();
    double max = finite.getMax();
    double largest = Math.max(Math.abs(min), Math.abs(max));
    if (min > max || largest == 0) {
      return null;
    }
    double need = Math.pow(10, Math.floor(Math.log10(largest))) / 100;
    if (max - min >= need) {
      return null;
    }
    double low = (min + max) / 2 - need / 2;
    if (min >= 0 && low < 0) {
      low = 0; // a count or a loss is never drawn below zero
    }
    return new double[] {low, low + need};
  }

  /**
   * The pattern for a logarithmic axis showing {@code values}: its ticks are powers of ten, so it
   * needs the decimals of the smallest positive one (1e-4 reads "0.0001", not "0") and no trailing
   * zeros on the others (10,000, not "10,000.0000"). Past {@value #PLAIN_DECADES} decades the
   * labels are written as powers of ten ("1E-4" … "1E4"): "0.0001" beside "0.001" and "1,000"
   * beside "10,000" run into each other on a chart of ordinary width.
   */
  public static String forLogValues(Collection<Double> values) {
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (double v : values) {
      if (Double.isFinite(v) && v > 0) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    if (max > 0 && Math.log10(max / min) > PLAIN_DECADES) {
      return "0E0";
    }
    int decimals =
        min == Double.POSITIVE_INFINITY
            ? 0
            : Math.max(0, Math.min(MAX_DECIMALS, (int) Math.ceil(-Math.log10(min) - 1e-9)));
    return decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals);
  }

  /** The finite values' range; empty, its minimum is +∞ and its maximum −∞. */
  private static DoubleSummaryStatistics finite(Collection<Double> values) {
    return values.stream()
        .mapToDouble(Double::doubleValue)
        .filter(Double::isFinite)
        .summaryStatistics();
  }

  /** A pattern with a thousands separator and exactly {@code decimals} decimals (0 to 10). */
  static String withDecimals(int decimals) {
    int d = Math.max(0, Math.min(MAX_DECIMALS, decimals));
    return d == 0 ? "#,##0" : "#,##0." + "0".repeat(d);
  }
}

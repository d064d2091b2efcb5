package dev.learninglab.labs.forecast.model;

/**
 * The tutorial's min-max scaling to [0, 1], fitted on rows {@code from..to−1}: fitted on the
 * training rows it is honest; fitted on the whole series it leaks the test period's range into
 * training.
 */
public record MinMaxScaler(double min, double max) {

  public static MinMaxScaler fit(double[] values, int from, int to) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = from; i < to; i++) {
      lo = Math.min(lo, values[i]);
      hi = Math.max(hi, values[i]);
    }
    if (!(hi > lo)) {
      throw new IllegalArgumentException(
          "every training value is " + lo + "; a constant series cannot be scaled or forecast");
    }
    return new MinMaxScaler(lo, hi);
  }

  public double scale(double v) {
    return (v - min) / (max - min);
  }

  public double unscale(double s) {
    return min + s * (max - min);
  }
}

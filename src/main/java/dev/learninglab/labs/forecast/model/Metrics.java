package dev.learninglab.labs.forecast.model;

/**
 * Errors of forecasts in price units: MSE, RMSE, MAE and MASE (MAE divided by the in-sample MAE of
 * the one-step naive forecast, Hyndman &amp; Koehler 2006: below 1 beats "tomorrow = today" as it
 * did on the training rows).
 */
public record Metrics(double mse, double rmse, double mae, double mase) {

  public static Metrics of(double[] predicted, double[] truth, double naiveScale) {
    double se = 0;
    double ae = 0;
    for (int i = 0; i < truth.length; i++) {
      double e = predicted[i] - truth[i];
      se += e * e;
      ae += Math.abs(e);
    }
    double mse = se / truth.length;
    double mae = ae / truth.length;
    return new Metrics(mse, Math.sqrt(mse), mae, mae / naiveScale);
  }

  /** Mean |x[t] − x[t−1]| over rows 1..rows−1: the denominator of MASE. */
  public static double naiveScale(double[] values, int rows) {
    double sum = 0;
    for (int t = 1; t < rows; t++) {
      sum += Math.abs(values[t] - values[t - 1]);
    }
    return sum / (rows - 1);
  }
}

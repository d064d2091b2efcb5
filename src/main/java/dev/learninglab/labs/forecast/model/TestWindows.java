package dev.learninglab.labs.forecast.model;

/**
 * The test windows of a series under the protocol, with the three baselines' forecasts for each:
 * persistence (tomorrow = the window's last day), the window's mean (SMA-W) and AR(W) fitted on the
 * training windows. Everything is in price units.
 *
 * @param first index of the first test window
 * @param truth the targets, one per test window
 * @param naiveScale in-sample MAE of persistence on the training rows (MASE's denominator)
 */
public record TestWindows(
    Series series,
    Protocol protocol,
    int first,
    double[] truth,
    double[] persistence,
    double[] sma,
    double[] ar,
    double naiveScale) {

  public static TestWindows of(Series series, Protocol protocol) {
    double[] x = series.values();
    int n = x.length;
    int w = protocol.window();
    int first = protocol.trainWindows(n);
    int count = protocol.testWindows(n);
    AutoRegression ar = AutoRegression.fit(x, protocol, first);
    double[] truth = new double[count];
    double[] last = new double[count];
    double[] mean = new double[count];
    double[] arForecast = new double[count];
    for (int k = 0; k < count; k++) {
      int i = first + k;
      truth[k] = x[protocol.target(i)];
      last[k] = x[i + w - 1];
      double sum = 0;
      for (int j = i; j < i + w; j++) {
        sum += x[j];
      }
      mean[k] = sum / w;
      arForecast[k] = ar.predict(x, i);
    }
    double scale = Metrics.naiveScale(x, protocol.trainRows(n));
    return new TestWindows(series, protocol, first, truth, last, mean, arForecast, scale);
  }

  public Metrics metrics(double[] predicted) {
    return Metrics.of(predicted, truth, naiveScale);
  }

  public int count() {
    return truth.length;
  }
}

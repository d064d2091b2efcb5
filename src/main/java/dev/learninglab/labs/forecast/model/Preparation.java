package dev.learninglab.labs.forecast.model;

/**
 * The preparation stage's numbers: daily returns, rolling mean and standard deviation over the
 * window, and the two scalers (honest and leaky) with how many test targets fall outside the honest
 * one's [0, 1], which is what the leaky one hides from training.
 */
public record Preparation(
    double[] returns,
    double[] rollingMean,
    double[] rollingStd,
    MinMaxScaler honest,
    MinMaxScaler leaky,
    int testTargetsOutside,
    int testTargets) {

  public static Preparation of(Series s, Protocol p) {
    double[] x = s.values();
    int n = x.length;
    double[] returns = new double[n];
    returns[0] = Double.NaN;
    for (int t = 1; t < n; t++) {
      returns[t] = x[t - 1] == 0 ? Double.NaN : x[t] / x[t - 1] - 1;
    }
    int w = p.window();
    double[] mean = new double[n];
    double[] std = new double[n];
    for (int t = 0; t < n; t++) {
      if (t < w - 1) {
        mean[t] = Double.NaN;
        std[t] = Double.NaN;
        continue;
      }
      double sum = 0;
      for (int j = t - w + 1; j <= t; j++) {
        sum += x[j];
      }
      double m = sum / w;
      double ss = 0;
      for (int j = t - w + 1; j <= t; j++) {
        ss += (x[j] - m) * (x[j] - m);
      }
      mean[t] = m;
      std[t] = Math.sqrt(ss / w);
    }
    MinMaxScaler honest = MinMaxScaler.fit(x, 0, p.trainRows(n));
    MinMaxScaler leaky = MinMaxScaler.fit(x, 0, n);
    int outside = 0;
    for (int t = p.trainRows(n); t < n; t++) {
      double v = honest.scale(x[t]);
      outside += v < 0 || v > 1 ? 1 : 0;
    }
    return new Preparation(returns, mean, std, honest, leaky, outside, n - p.trainRows(n));
  }
}

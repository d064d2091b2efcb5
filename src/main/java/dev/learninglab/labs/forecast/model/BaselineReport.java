package dev.learninglab.labs.forecast.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What {@code forecast baselines --json} prints, in the exact shape: the series, its
 * protocol counts, and the three baselines' errors on the test windows.
 */
@JsonPropertyOrder({"series", "n", "windows", "train", "test", "persistence", "sma", "ar"})
public record BaselineReport(
    String series,
    int n,
    int windows,
    int train,
    int test,
    ScaledErrors persistence,
    Errors sma,
    Errors ar) {

  /** MSE and MAE. */
  public record Errors(double mse, double mae) {
    static Errors of(Metrics m) {
      return new Errors(m.mse(), m.mae());
    }
  }

  /** MSE, MAE and MASE. */
  public record ScaledErrors(double mse, double mae, double mase) {
    public static ScaledErrors of(Metrics m) {
      return new ScaledErrors(m.mse(), m.mae(), m.mase());
    }
  }

  public static BaselineReport of(TestWindows t) {
    int n = t.series().size();
    Protocol p = t.protocol();
    return new BaselineReport(
        t.series().id(),
        n,
        p.windows(n),
        p.trainWindows(n),
        p.testWindows(n),
        ScaledErrors.of(t.metrics(t.persistence())),
        Errors.of(t.metrics(t.sma())),
        Errors.of(t.metrics(t.ar())));
  }
}

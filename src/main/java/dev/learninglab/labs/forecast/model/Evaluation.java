package dev.learninglab.labs.forecast.model;

import dev.learninglab.core.task.Progress;

/**
 * A trained LSTM against the baselines on the test windows: its forecasts, its errors, the
 * Diebold–Mariano test against persistence, optionally a walk-forward run, and the verdict.
 *
 * @param ownTarget the LSTM's errors against what it was trained to predict (differs from {@code
 *     lstm} only for the window-mean target, whose small error this makes visible)
 * @param walkForward null unless asked for
 */
public record Evaluation(
    TestWindows windows,
    ModelCard card,
    double[] lstm,
    Metrics lstmMetrics,
    Metrics ownTarget,
    DieboldMariano dm,
    WalkForward walkForward) {

  /** Re-fitting every k days: the LSTM trains one more epoch, AR is fitted again. */
  public record WalkForward(int k, int refits, Metrics lstm, Metrics ar, DieboldMariano dm) {}

  public static Evaluation run(Forecaster f, Series s, int walkForwardK, Progress progress)
      throws Exception {
    f.requireTrainedOn(s);
    ModelCard card = f.card();
    Protocol p = new Protocol(card.window());
    TestWindows t = TestWindows.of(s, p);
    double[] x = s.values();
    double[] lstm = f.forecast(x, t.first(), t.first() + t.count());
    Target target = Target.parse(card.target());
    double[] own = new double[t.count()];
    for (int k = 0; k < own.length; k++) {
      own[k] = target.label(x, p, t.first() + k);
    }
    Metrics ownMetrics = Metrics.of(lstm, own, t.naiveScale());
    WalkForward walk = walkForwardK > 0 ? walkForward(f, t, walkForwardK, progress) : null;
    return new Evaluation(
        t,
        card,
        lstm,
        t.metrics(lstm),
        ownMetrics,
        DieboldMariano.test(lstm, t.persistence(), t.truth()),
        walk);
  }

  private static WalkForward walkForward(Forecaster f, TestWindows t, int k, Progress progress)
      throws Exception {
    if (k > t.count()) {
      throw new IllegalArgumentException(
          "--walk-forward %d is more than the %d test windows".formatted(k, t.count()));
    }
    double[] x = t.series().values();
    double[] lstm = new double[t.count()];
    double[] ar = new double[t.count()];
    int refits = 0;
    for (int from = 0; from < t.count(); from += k) {
      progress.checkCancelled();
      int start = t.first() + from;
      if (from > 0) {
        f.refit(x, start, 1, Progress.none());
        refits++;
      }
      AutoRegression fitted = AutoRegression.fit(x, t.protocol(), start);
      int to = Math.min(t.count(), from + k);
      double[] block = f.forecast(x, start, t.first() + to);
      for (int j = from; j < to; j++) {
        lstm[j] = block[j - from];
        ar[j] = fitted.predict(x, t.first() + j);
      }
      progress.report(to, t.count(), "walk-forward: %d of %d test days".formatted(to, t.count()));
    }
    return new WalkForward(
        k,
        refits,
        t.metrics(lstm),
        t.metrics(ar),
        DieboldMariano.test(lstm, t.persistence(), t.truth()));
  }

  /** The LSTM's MSE over persistence's: below 1 it beats "tomorrow = today". */
  public double ratioToPersistence() {
    return lstmMetrics.mse() / windows.metrics(windows.persistence()).mse();
  }

  public String verdict() {
    return Verdict.words(this);
  }
}

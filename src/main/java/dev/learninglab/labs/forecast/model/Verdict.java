package dev.learninglab.labs.forecast.model;

import static dev.learninglab.labs.forecast.model.ForecastTexts.T;

/** The evaluation in words a learner can act on, with the traps named when they are in play. */
final class Verdict {
  /** Beating persistence by more than this share of its MSE is suspicious on prices. */
  static final double SUSPICIOUS_GAIN = 0.10;

  private Verdict() {}

  /** The scaler the protocol prescribes: fitted on the training rows only. */
  private static MinMaxScaler honestScaler(Evaluation e) {
    Series s = e.windows().series();
    return MinMaxScaler.fit(s.values(), 0, e.windows().protocol().trainRows(s.size()));
  }

  static String words(Evaluation e) {
    double ratio = e.ratioToPersistence();
    double p = e.dm().p();
    boolean significant = p < 0.05;
    String words;
    if (ratio >= 0.97 && ratio <= 1.03) {
      words = T.get("forecast.verdict.copy", ratio);
    } else if (ratio > 1) {
      words =
          significant
              ? T.get("forecast.verdict.worse.significant", ratio, p)
              : T.get("forecast.verdict.worse", ratio, p);
    } else {
      words =
          significant
              ? T.get("forecast.verdict.better.significant", ratio, p)
              : T.get("forecast.verdict.better", ratio, p);
    }
    if (ratio < 1 - SUSPICIOUS_GAIN) {
      words = T.get("forecast.verdict.join", words, T.get("forecast.verdict.suspicious"));
    }
    if (e.card().leakyScaling()) {
      words = T.get("forecast.verdict.join", words, T.get("forecast.verdict.leaky"));
      if (e.card().scaler().equals(honestScaler(e))) {
        words = T.get("forecast.verdict.join", words, T.get("forecast.verdict.leakyHarmless"));
      }
    }
    if (Target.parse(e.card().target()) == Target.WINDOW_MEAN) {
      String wrong =
          T.get(
              "forecast.verdict.wrongTarget",
              e.card().window(),
              e.card().window() - 1,
              e.ownTarget().mse(),
              e.lstmMetrics().mse());
      words = T.get("forecast.verdict.join", words, wrong);
    }
    return words;
  }
}

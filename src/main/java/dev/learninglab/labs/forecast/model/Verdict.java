package dev.learninglab.labs.forecast.model;

import java.util.Locale;

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
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "The LSTM's MSE is %.2f× persistence", ratio));
    boolean significant = e.dm().p() < 0.05;
    if (ratio >= 0.97 && ratio <= 1.03) {
      b.append(": it learned to copy yesterday's price.");
    } else if (ratio > 1) {
      b.append(
          significant
              ? ": worse than \"tomorrow = today\", and the Diebold–Mariano test says it is no accident"
              : ": worse than \"tomorrow = today\"");
      b.append(String.format(Locale.ROOT, " (DM p = %.3f).", e.dm().p()));
    } else {
      b.append(
          significant
              ? ": better than \"tomorrow = today\", and the Diebold–Mariano test says so too"
              : ": a little better than \"tomorrow = today\", but the Diebold–Mariano test cannot tell them apart");
      b.append(String.format(Locale.ROOT, " (DM p = %.3f).", e.dm().p()));
    }
    if (ratio < 1 - SUSPICIOUS_GAIN) {
      b.append(
          " Beating persistence by more than 10% on prices is rare: check for leakage before"
              + " believing it.");
    }
    if (e.card().leakyScaling()) {
      b.append(
          " Its scaler was fitted on the whole series, test days included: the training saw the"
              + " test period's range, which a real forecast never can.");
      if (e.card().scaler().equals(honestScaler(e))) {
        b.append(
            " Here that range is the training rows' own (no test day is a new low or high), so"
                + " the leak changed nothing; on a series that breaks out of its past range it"
                + " would.");
      }
    }
    if (Target.parse(e.card().target()) == Target.WINDOW_MEAN) {
      b.append(
          String.format(
              Locale.ROOT,
              " It was trained on the wrong target, the %d-day moving average ending tomorrow,"
                  + " %d of whose %d days the window already holds: against that target its MSE"
                  + " is %.4g, against tomorrow's price %.4g. A moving average lags the price, so"
                  + " it is no forecast of tomorrow.",
              e.card().window(),
              e.card().window() - 1,
              e.card().window(),
              e.ownTarget().mse(),
              e.lstmMetrics().mse()));
    }
    return b.toString();
  }
}

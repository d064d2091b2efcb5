package dev.learninglab.labs.forecast.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.learninglab.labs.forecast.model.BaselineReport.Errors;
import dev.learninglab.labs.forecast.model.BaselineReport.ScaledErrors;

/**
 * What {@code forecast eval --json} prints: the baselines' shape plus {@code lstm} and {@code dm}
 * (and {@code walkForward} when it was asked for).
 */
@JsonPropertyOrder({
  "series",
  "n",
  "windows",
  "train",
  "test",
  "persistence",
  "sma",
  "ar",
  "lstm",
  "dm"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvalReport(
    String series,
    int n,
    int windows,
    int train,
    int test,
    ScaledErrors persistence,
    Errors sma,
    Errors ar,
    ScaledErrors lstm,
    DieboldMariano dm,
    WalkForwardReport walkForward) {

  /** The walk-forward run's numbers. */
  public record WalkForwardReport(
      int k, int refits, ScaledErrors lstm, ScaledErrors ar, DieboldMariano dm) {}

  public static EvalReport of(Evaluation e) {
    BaselineReport b = BaselineReport.of(e.windows());
    Evaluation.WalkForward w = e.walkForward();
    return new EvalReport(
        b.series(),
        b.n(),
        b.windows(),
        b.train(),
        b.test(),
        b.persistence(),
        b.sma(),
        b.ar(),
        ScaledErrors.of(e.lstmMetrics()),
        e.dm(),
        w == null
            ? null
            : new WalkForwardReport(
                w.k(), w.refits(), ScaledErrors.of(w.lstm()), ScaledErrors.of(w.ar()), w.dm()));
  }
}

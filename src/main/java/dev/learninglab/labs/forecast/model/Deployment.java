package dev.learninglab.labs.forecast.model;

import dev.learninglab.core.task.Progress;
import java.util.Optional;

/**
 * What the web page serves, computed once when it starts: the model's series, its evaluation on the
 * test windows (the same numbers as {@code forecast eval}) and tomorrow's forecasts.
 */
public record Deployment(Series series, Evaluation evaluation, NextDay next) {

  public static Deployment of(Forecaster f, Series s, Progress progress) throws Exception {
    Evaluation e = Evaluation.run(f, s, 0, progress);
    return new Deployment(s, e, NextDay.of(f, s));
  }

  /** The series served under {@code id}, if this deployment has it. */
  public Optional<Series> series(String id) {
    return series.id().equalsIgnoreCase(id) ? Optional.of(series) : Optional.empty();
  }
}

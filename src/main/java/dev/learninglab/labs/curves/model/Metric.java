package dev.learninglab.labs.curves.model;

import java.util.function.ToDoubleFunction;

/** The score a curve shows: accuracy (higher is better) or log-loss (lower is better). */
public enum Metric {
  ACCURACY("accuracy", true, FoldScores::trainAccuracy, FoldScores::testAccuracy),
  LOG_LOSS("log-loss", false, FoldScores::trainLogLoss, FoldScores::testLogLoss);

  private final String label;
  private final boolean higherIsBetter;
  private final ToDoubleFunction<FoldScores> train;
  private final ToDoubleFunction<FoldScores> test;

  Metric(
      String label,
      boolean higherIsBetter,
      ToDoubleFunction<FoldScores> train,
      ToDoubleFunction<FoldScores> test) {
    this.label = label;
    this.higherIsBetter = higherIsBetter;
    this.train = train;
    this.test = test;
  }

  public String label() {
    return label;
  }

  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** The label, so that lists and combo boxes show "log-loss" rather than the constant's name. */
  @Override
  public String toString() {
    return label;
  }

  double train(FoldScores s) {
    return train.applyAsDouble(s);
  }

  double test(FoldScores s) {
    return test.applyAsDouble(s);
  }
}

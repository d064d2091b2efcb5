package dev.learninglab.labs.curves.model;

/**
 * Scores of one model fitted on one training subset and tested on one held-out fold; all NaN when
 * the subset could not be fitted ({@code problem} then says why).
 */
public record FoldScores(
    double trainAccuracy,
    double testAccuracy,
    double trainLogLoss,
    double testLogLoss,
    String problem) {

  static FoldScores failed(String problem) {
    return new FoldScores(Double.NaN, Double.NaN, Double.NaN, Double.NaN, problem);
  }

  public boolean fitted() {
    return problem == null;
  }
}

package dev.learninglab.labs.smell.model.eval;

/** A confusion matrix for one threshold, with the measures read from it. */
public record Confusion(int tp, int fp, int tn, int fn) {
  public double precision() {
    return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double accuracy() {
    int n = tp + fp + tn + fn;
    return n == 0 ? 0 : (tp + tn) / (double) n;
  }
}

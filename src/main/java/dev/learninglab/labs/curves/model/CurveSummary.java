package dev.learninglab.labs.curves.model;

/** Mean and standard deviation across folds of one score, one value per training size. */
public record CurveSummary(double[] mean, double[] std) {

  public double last() {
    return mean[mean.length - 1];
  }
}

package dev.learninglab.labs.curves.model;

/**
 * A fitted logistic regression laid out as scikit-learn's: {@code coef} has one row per modelled
 * class (a single row for a binary problem, scoring the second class) and {@code intercept} one
 * value per row. Classes absent from the training rows get probability 0.
 *
 * @param classes the labels modelled, ascending
 * @param labelCount how many labels the dataset has in all
 * @param converged whether the optimiser reached its gradient tolerance
 */
public record FittedLogistic(
    int[] classes, double[][] coef, double[] intercept, int labelCount, boolean converged) {

  static FittedLogistic from(
      double[] theta, int[] classes, int labelCount, int d, boolean converged) {
    int rows = classes.length == 2 ? 1 : classes.length;
    double[][] coef = new double[rows][d];
    double[] intercept = new double[rows];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(theta, r * (d + 1), coef[r], 0, d);
      intercept[r] = theta[r * (d + 1) + d];
    }
    if (rows > 2) {
      // Intercepts are defined only up to a common shift; centre them as scikit-learn's
      // optimiser (started at zero, moving along zero-sum gradients) ends up doing.
      double mean = 0;
      for (double b : intercept) {
        mean += b / rows;
      }
      for (int r = 0; r < rows; r++) {
        intercept[r] -= mean;
      }
    }
    return new FittedLogistic(classes.clone(), coef, intercept, labelCount, converged);
  }

  /** Probability of each of the dataset's {@code labelCount} labels for one row. */
  public double[] probabilities(double[] row) {
    double[] z = logits(row);
    double lse = SoftmaxObjective.logSumExp(z);
    double[] p = new double[labelCount];
    for (int k = 0; k < classes.length; k++) {
      p[classes[k]] = Math.exp(z[k] - lse);
    }
    return p;
  }

  /**
   * The most probable label, decided on the logits as scikit-learn does; ties go to the smaller
   * label, as NumPy's argmax.
   */
  public int predict(double[] row) {
    double[] z = logits(row);
    int best = 0;
    for (int k = 1; k < z.length; k++) {
      if (z[k] > z[best]) {
        best = k;
      }
    }
    return classes[best];
  }

  /** One logit per modelled class (the first is 0 in the binary case). */
  private double[] logits(double[] row) {
    double[] z = new double[classes.length];
    for (int r = 0; r < coef.length; r++) {
      double v = intercept[r];
      for (int j = 0; j < row.length; j++) {
        v += coef[r][j] * row[j];
      }
      z[classes.length == 2 ? 1 : r] = v;
    }
    return z;
  }
}

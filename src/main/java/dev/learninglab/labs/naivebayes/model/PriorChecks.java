package dev.learninglab.labs.naivebayes.model;

/** scikit-learn's checks on user-given class priors, in its order and words. */
final class PriorChecks {
  private PriorChecks() {}

  /** {@code null} means "estimate from the data" and is always fine. */
  static void validate(double[] priors, int classCount) {
    if (priors == null) {
      return;
    }
    if (priors.length != classCount) {
      throw new IllegalArgumentException(
          "Number of priors must match number of classes: got "
              + priors.length
              + " priors for "
              + classCount
              + " classes.");
    }
    double sum = 0;
    for (double p : priors) {
      sum += p;
    }
    // numpy.isclose(sum, 1): |sum - 1| <= 1e-8 + 1e-5 * 1
    if (!(Math.abs(sum - 1.0) <= 1e-8 + 1e-5)) {
      throw new IllegalArgumentException("The sum of the priors should be 1, got " + sum + ".");
    }
    for (int c = 0; c < priors.length; c++) {
      if (priors[c] < 0) {
        throw new IllegalArgumentException(
            "Priors must be non-negative: prior " + c + " is " + priors[c] + ".");
      }
    }
  }
}

package dev.learninglab.labs.naivebayes.model;

/**
 * log(sum(exp(a))) without overflow or underflow: subtract the largest term first, as scipy's
 * {@code logsumexp} does. The tutorial's linear-space product turns into 0/0 far from the data;
 * this does not.
 */
public final class LogSumExp {
  private LogSumExp() {}

  /** log(exp(a[from]) + ... + exp(a[from + n - 1])). */
  public static double of(double[] a, int from, int n) {
    double max = Double.NEGATIVE_INFINITY;
    for (int j = from; j < from + n; j++) {
      max = Math.max(max, a[j]);
    }
    // scipy resets a non-finite maximum to 0 so that all -inf gives -inf, not NaN
    if (!Double.isFinite(max)) {
      max = 0;
    }
    double sum = 0;
    for (int j = from; j < from + n; j++) {
      sum += Math.exp(a[j] - max);
    }
    return Math.log(sum) + max;
  }

  /**
   * Subtracts each row's log-sum-exp in place: rows of joint log likelihoods become log posteriors.
   */
  static void normaliseRows(double[] rowMajor, int cols) {
    for (int from = 0; from < rowMajor.length; from += cols) {
      double lse = of(rowMajor, from, cols);
      for (int j = from; j < from + cols; j++) {
        rowMajor[j] -= lse;
      }
    }
  }
}

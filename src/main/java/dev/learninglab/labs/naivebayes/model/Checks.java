package dev.learninglab.labs.naivebayes.model;

import dev.learninglab.core.learn.Matrix;

/** Guards shared by the estimators: each throws with what is wrong and where. */
final class Checks {
  private Checks() {}

  /** X must have rows, and every value must be a finite number (scikit-learn's check_array). */
  static void finiteNonEmpty(Matrix x) {
    if (x.rows() == 0) {
      throw new IllegalArgumentException(
          "The input has 0 rows: at least 1 sample is needed (scikit-learn: 'Found array with 0"
              + " sample(s)').");
    }
    if (x.cols() == 0) {
      throw new IllegalArgumentException("The input has 0 feature columns: at least 1 is needed.");
    }
    double[] v = x.data();
    for (int i = 0; i < v.length; i++) {
      if (!Double.isFinite(v[i])) {
        throw new IllegalArgumentException(
            "Input X contains "
                + (Double.isNaN(v[i]) ? "NaN" : "infinity")
                + " at row "
                + (i / x.cols())
                + ", feature column "
                + (i % x.cols())
                + ": every feature value must be a finite number.");
      }
    }
  }

  /** X and y (and weights, if any) must describe the same samples. */
  static void sameLength(Matrix x, int[] y, double[] sampleWeight) {
    if (y.length != x.rows()) {
      throw new IllegalArgumentException(
          "X has " + x.rows() + " rows but y has " + y.length + " labels: they must match.");
    }
    if (sampleWeight != null) {
      if (sampleWeight.length != x.rows()) {
        throw new IllegalArgumentException(
            "sample_weight has "
                + sampleWeight.length
                + " values but X has "
                + x.rows()
                + " rows: one weight per sample is needed.");
      }
      for (int i = 0; i < sampleWeight.length; i++) {
        if (!Double.isFinite(sampleWeight[i])) {
          throw new IllegalArgumentException(
              "sample_weight[" + i + "] is " + sampleWeight[i] + ": weights must be finite.");
        }
      }
    }
  }

  /** Prediction input must have as many features as the training data. */
  static void featureCount(Matrix x, int expected) {
    if (x.cols() != expected) {
      throw new IllegalArgumentException(
          "X has "
              + x.cols()
              + " features, but the model was fitted with "
              + expected
              + " features.");
    }
  }

  static void fitted(Object state, String estimator) {
    if (state == null) {
      throw new IllegalStateException(
          "This " + estimator + " is not fitted yet: call fit (or partialFit) before predicting.");
    }
  }
}

package dev.learninglab.labs.naivebayes.model;

import dev.learninglab.core.learn.Matrix;

/**
 * Multinomial naive Bayes for counts (bag-of-words, pixel intensities): P(feature j | c) is the
 * smoothed share of class c's total count that falls on feature j. scikit-learn's {@code
 * MultinomialNB}.
 */
public final class MultinomialNaiveBayes extends DiscreteNaiveBayes {

  @Override
  Matrix prepare(Matrix x) {
    double[] v = x.data();
    for (int i = 0; i < v.length; i++) {
      if (v[i] < 0) {
        throw new IllegalArgumentException(
            "Negative values in data passed to MultinomialNB (input X): row "
                + (i / x.cols())
                + ", feature column "
                + (i % x.cols())
                + " is "
                + v[i]
                + "; multinomial naive Bayes needs counts >= 0.");
      }
    }
    return x;
  }

  @Override
  void updateFeatureLogProb(double alpha) {
    int k = classCount.length;
    int d = features;
    featureLogProb = new double[k * d];
    for (int c = 0; c < k; c++) {
      double total = 0;
      for (int j = 0; j < d; j++) {
        total += featureCount[c * d + j] + alpha;
      }
      double logTotal = Math.log(total);
      for (int j = 0; j < d; j++) {
        featureLogProb[c * d + j] = Math.log(featureCount[c * d + j] + alpha) - logTotal;
      }
    }
  }

  @Override
  void jointLogLikelihood(Matrix x, double[] out) {
    prepare(x);
    linear(x, featureLogProb, classLogPrior, classCount.length, out);
  }
}

package dev.learninglab.labs.naivebayes.model;

import dev.learninglab.core.learn.Matrix;

/**
 * Bernoulli naive Bayes for yes/no features: P(feature j = 1 | c) is the smoothed share of class
 * c's samples that have it, and a missing feature counts as evidence too. Inputs are binarized
 * first: values above {@code binarize} (default 0) become 1. scikit-learn's {@code BernoulliNB}.
 */
public final class BernoulliNaiveBayes extends DiscreteNaiveBayes {
  private double binarize = 0.0;

  /** The threshold above which a feature counts as present. */
  public BernoulliNaiveBayes binarize(double threshold) {
    this.binarize = threshold;
    return this;
  }

  @Override
  Matrix prepare(Matrix x) {
    double[] v = x.data();
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] > binarize ? 1 : 0;
    }
    return new Matrix(out, x.rows(), x.cols());
  }

  @Override
  void updateFeatureLogProb(double alpha) {
    int k = classCount.length;
    int d = features;
    featureLogProb = new double[k * d];
    for (int c = 0; c < k; c++) {
      double logDenominator = Math.log(classCount[c] + alpha * 2);
      for (int j = 0; j < d; j++) {
        featureLogProb[c * d + j] = Math.log(featureCount[c * d + j] + alpha) - logDenominator;
      }
    }
  }

  @Override
  void jointLogLikelihood(Matrix x, double[] out) {
    int k = classCount.length;
    int d = features;
    // log P(x|c) = sum_j x_j log p + (1 - x_j) log(1 - p) = x . (log p - log(1-p)) + sum log(1-p)
    double[] slope = new double[k * d];
    double[] bias = new double[k];
    for (int c = 0; c < k; c++) {
      double sumNeg = 0;
      for (int j = 0; j < d; j++) {
        double neg = Math.log(1 - Math.exp(featureLogProb[c * d + j]));
        slope[c * d + j] = featureLogProb[c * d + j] - neg;
        sumNeg += neg;
      }
      bias[c] = classLogPrior[c] + sumNeg;
    }
    linear(prepare(x), slope, bias, k, out);
  }
}

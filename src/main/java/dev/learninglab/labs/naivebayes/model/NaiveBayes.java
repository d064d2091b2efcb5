package dev.learninglab.labs.naivebayes.model;

import dev.learninglab.core.learn.Matrix;

/**
 * What every naive Bayes classifier shares once it knows its per-class log densities: the
 * normalisation into probabilities (in log space, with log-sum-exp, so far-away points give tiny
 * numbers instead of 0/0), the argmax prediction and the accuracy score. Mirrors scikit-learn's
 * {@code _BaseNB}.
 *
 * <p>Labels are {@code int}s; {@link #classes()} are the distinct training labels, sorted, and
 * column {@code k} of every returned matrix belongs to {@code classes()[k]}.
 */
public abstract class NaiveBayes {
  ClassIndex classIndex;

  NaiveBayes() {}

  /** Fits from scratch; {@code sampleWeight} may be {@code null} (every sample weighs 1). */
  public abstract NaiveBayes fit(Matrix x, int[] y, double[] sampleWeight);

  /** Fits from scratch with unit weights. */
  public NaiveBayes fit(Matrix x, int[] y) {
    return fit(x, y, null);
  }

  /** The number of features seen at fit time. */
  public abstract int featureCount();

  /** Writes log P(c) + log P(x|c) for every row and class into {@code out} (row-major n x k). */
  abstract void jointLogLikelihood(Matrix x, double[] out);

  /** The sorted class labels. */
  public int[] classes() {
    Checks.fitted(classIndex, getClass().getSimpleName());
    return classIndex.labels();
  }

  /** log P(c) + log P(x|c): the unnormalised log posterior, one column per class. */
  public Matrix predictJointLogProba(Matrix x) {
    Checks.fitted(classIndex, getClass().getSimpleName());
    Checks.featureCount(x, featureCount());
    Checks.finiteNonEmpty(x);
    double[] out = new double[x.rows() * classIndex.size()];
    jointLogLikelihood(x, out);
    return new Matrix(out, x.rows(), classIndex.size());
  }

  /** log P(c|x), normalised with log-sum-exp over the classes. */
  public Matrix predictLogProba(Matrix x) {
    Matrix jll = predictJointLogProba(x);
    LogSumExp.normaliseRows(jll.data(), jll.cols());
    return jll;
  }

  /** P(c|x): the exponential of {@link #predictLogProba}. */
  public Matrix predictProba(Matrix x) {
    Matrix p = predictLogProba(x);
    double[] v = p.data();
    for (int i = 0; i < v.length; i++) {
      v[i] = Math.exp(v[i]);
    }
    return p;
  }

  /** The most probable class label of every row (first one on ties, like numpy's argmax). */
  public int[] predict(Matrix x) {
    Matrix jll = predictJointLogProba(x);
    int k = jll.cols();
    double[] v = jll.data();
    int[] out = new int[x.rows()];
    for (int i = 0; i < out.length; i++) {
      int best = 0;
      for (int c = 1; c < k; c++) {
        if (v[i * k + c] > v[i * k + best]) {
          best = c;
        }
      }
      out[i] = classIndex.label(best);
    }
    return out;
  }

  /** The fraction of rows whose predicted label equals {@code y}. */
  public double score(Matrix x, int[] y) {
    Checks.sameLength(x, y, null);
    int[] predicted = predict(x);
    int hits = 0;
    for (int i = 0; i < y.length; i++) {
      if (predicted[i] == y[i]) {
        hits++;
      }
    }
    return (double) hits / y.length;
  }
}

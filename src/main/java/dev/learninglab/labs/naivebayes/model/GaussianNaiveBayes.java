package dev.learninglab.labs.naivebayes.model;

import dev.learninglab.core.learn.Matrix;
import java.util.Arrays;

/**
 * Gaussian naive Bayes with scikit-learn's {@code GaussianNB} semantics: each class gets a prior
 * and, per feature, a normal density with the class mean ({@code theta}) and population variance
 * ({@code var}) plus {@code epsilon = varSmoothing * (largest feature variance of the data)}.
 * Predictions are made in log space.
 *
 * <pre>{@code
 * GaussianNaiveBayes nb = new GaussianNaiveBayes().fit(x, y);
 * Matrix p = nb.predictProba(Matrix.of(new double[][] {{-2, 5}}));
 * }</pre>
 *
 * <p>Not thread-safe while fitting; predicting from a fitted model is read-only.
 */
public final class GaussianNaiveBayes extends NaiveBayes {
  private double[] priors;
  private double varSmoothing = 1e-9;

  private double[] classCount;
  private double[] classPrior;
  private double[] theta;
  private double[] var;
  private double epsilon;

  /** Empirical priors and var_smoothing 1e-9, scikit-learn's defaults. */
  public GaussianNaiveBayes() {}

  /** Fixed class priors, one per class in sorted label order; checked when fitting. */
  public GaussianNaiveBayes priors(double... classPriors) {
    this.priors = classPriors == null ? null : classPriors.clone();
    return this;
  }

  /** The share of the largest feature variance added to every variance, for stability. */
  public GaussianNaiveBayes varSmoothing(double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          "var_smoothing must be a finite number >= 0, got " + value + ".");
    }
    this.varSmoothing = value;
    return this;
  }

  public double varSmoothing() {
    return varSmoothing;
  }

  @Override
  public GaussianNaiveBayes fit(Matrix x, int[] y) {
    return fit(x, y, null);
  }

  @Override
  public GaussianNaiveBayes fit(Matrix x, int[] y, double[] sampleWeight) {
    Checks.sameLength(x, y, sampleWeight);
    update(x, y, ClassIndex.of(y), sampleWeight, true);
    return this;
  }

  /** One incremental step; {@code classes} is required on the first call only. */
  public GaussianNaiveBayes partialFit(Matrix x, int[] y, int[] classes) {
    return partialFit(x, y, classes, null);
  }

  /** One incremental step with sample weights ({@code null} = all 1). */
  public GaussianNaiveBayes partialFit(Matrix x, int[] y, int[] classes, double[] sampleWeight) {
    ClassIndex index = ClassIndex.forPartialFit(classIndex, classes);
    Checks.sameLength(x, y, sampleWeight);
    update(x, y, index, sampleWeight, classIndex == null);
    return this;
  }

  private void update(Matrix x, int[] y, ClassIndex index, double[] w, boolean first) {
    Checks.finiteNonEmpty(x);
    if (!first && x.cols() != featureCount()) {
      throw new IllegalArgumentException(
          "Number of features "
              + x.cols()
              + " does not match previous data "
              + featureCount()
              + ".");
    }
    int k = index.size();
    int d = x.cols();
    int[] cls = index.indicesOf(y);
    double eps = varSmoothing * Arrays.stream(ClassMoments.columnVariance(x)).max().orElse(0);
    double[] count = first ? new double[k] : classCount.clone();
    double[] mu = first ? new double[k * d] : theta.clone();
    double[] sigma2 = first ? new double[k * d] : var.clone();
    if (first) {
      PriorChecks.validate(priors, k);
    } else {
      // scikit-learn takes epsilon back out before merging, using this batch's epsilon
      for (int i = 0; i < sigma2.length; i++) {
        sigma2[i] -= eps;
      }
    }
    ClassMoments batch = ClassMoments.of(x, cls, k, w);
    for (int c = 0; c < k; c++) {
      if (batch.present[c]) {
        batch.mergeInto(c, count[c], mu, sigma2, d);
        count[c] += batch.weight[c];
      }
    }
    for (int i = 0; i < sigma2.length; i++) {
      sigma2[i] += eps;
    }
    rejectNonFinite(mu, sigma2, eps, index, d);
    rejectZeroVariance(sigma2, index, d, eps);
    classIndex = index;
    classCount = count;
    theta = mu;
    var = sigma2;
    epsilon = eps;
    classPrior = priors != null ? priors.clone() : empiricalPriors(count);
  }

  private static double[] empiricalPriors(double[] count) {
    double total = 0;
    for (double c : count) {
      total += c;
    }
    double[] p = new double[count.length];
    for (int c = 0; c < p.length; c++) {
      p[c] = count[c] / total;
    }
    return p;
  }

  /**
   * Values near ±1e308 are finite but their squares are not: the variance overflows to infinity and
   * every probability becomes NaN (scikit-learn prints NaN too). Refused with the feature named.
   */
  private static void rejectNonFinite(
      double[] mu, double[] sigma2, double eps, ClassIndex index, int d) {
    for (int i = 0; i < sigma2.length; i++) {
      if (!Double.isFinite(mu[i]) || !Double.isFinite(sigma2[i]) || !Double.isFinite(eps)) {
        throw new IllegalArgumentException(
            "Feature column "
                + (i % d)
                + " in class "
                + index.label(i / d)
                + " has values too large for their mean and variance to be finite (mean "
                + mu[i]
                + ", variance "
                + sigma2[i]
                + "); rescale the feature (e.g. divide it by 1e100) so it can be fitted.");
      }
    }
  }

  /** scikit-learn would divide by zero here and return NaN; we say why instead. */
  private void rejectZeroVariance(double[] sigma2, ClassIndex index, int d, double eps) {
    for (int i = 0; i < sigma2.length; i++) {
      if (sigma2[i] <= 0) {
        throw new IllegalArgumentException(
            "Feature column "
                + (i % d)
                + " has zero variance within class "
                + index.label(i / d)
                + " and the smoothing epsilon is "
                + eps
                + " (var_smoothing = "
                + varSmoothing
                + "), so its Gaussian density is undefined"
                + " (division by zero). Use var_smoothing > 0 (scikit-learn's default is 1e-9)"
                + " or drop the constant feature.");
      }
    }
  }

  @Override
  void jointLogLikelihood(Matrix x, double[] out) {
    int k = classIndex.size();
    int d = featureCount();
    double[] constant = new double[k];
    for (int c = 0; c < k; c++) {
      double sumLog = 0;
      for (int j = 0; j < d; j++) {
        sumLog += Math.log(2.0 * Math.PI * var[c * d + j]);
      }
      constant[c] = -0.5 * sumLog;
    }
    double[] logPrior = new double[k];
    for (int c = 0; c < k; c++) {
      logPrior[c] = Math.log(classPrior[c]);
    }
    double[] v = x.data();
    for (int i = 0, n = x.rows(); i < n; i++) {
      int row = i * d;
      for (int c = 0; c < k; c++) {
        int o = c * d;
        double sq = 0;
        for (int j = 0; j < d; j++) {
          double dev = v[row + j] - theta[o + j];
          sq += dev * dev / var[o + j];
        }
        double nij = constant[c];
        nij -= 0.5 * sq;
        out[i * k + c] = logPrior[c] + nij;
      }
    }
  }

  @Override
  public int featureCount() {
    Checks.fitted(classIndex, "GaussianNaiveBayes");
    return theta.length / classIndex.size();
  }

  /** Total (weighted) number of training samples per class. */
  public double[] classCount() {
    Checks.fitted(classIndex, "GaussianNaiveBayes");
    return classCount.clone();
  }

  /** P(c): the given priors, or the class shares of the training weight. */
  public double[] classPrior() {
    Checks.fitted(classIndex, "GaussianNaiveBayes");
    return classPrior.clone();
  }

  /** Mean of every feature per class (k x d). */
  public Matrix theta() {
    Checks.fitted(classIndex, "GaussianNaiveBayes");
    return new Matrix(theta.clone(), classIndex.size(), featureCount());
  }

  /** Variance of every feature per class, epsilon included (k x d). */
  public Matrix var() {
    Checks.fitted(classIndex, "GaussianNaiveBayes");
    return new Matrix(var.clone(), classIndex.size(), featureCount());
  }

  /** The absolute amount added to every variance in the last fitting step. */
  public double epsilon() {
    Checks.fitted(classIndex, "GaussianNaiveBayes");
    return epsilon;
  }
}

package dev.learninglab.labs.naivebayes.model;

import dev.learninglab.core.learn.Matrix;
import java.util.Arrays;

/**
 * Naive Bayes on counts or 0/1 features, scikit-learn's {@code _BaseDiscreteNB}: per class it sums
 * the (weighted) feature values, smooths them with {@code alpha} (Laplace/Lidstone) and turns them
 * into log probabilities. Subclasses say how counts become probabilities.
 */
public abstract class DiscreteNaiveBayes extends NaiveBayes {
  /** scikit-learn raises a smaller alpha to this to keep log(0) away. */
  static final double ALPHA_FLOOR = 1e-10;

  private double alpha = 1.0;
  private boolean fitPrior = true;
  private double[] classPriorGiven;

  double[] classCount;
  double[] featureCount; // k x d
  double[] featureLogProb; // k x d
  double[] classLogPrior;
  int features;

  DiscreteNaiveBayes() {}

  /** Additive smoothing; values below 1e-10 are raised to 1e-10 as scikit-learn does. */
  public DiscreteNaiveBayes alpha(double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("alpha must be a finite number >= 0, got " + value + ".");
    }
    this.alpha = value;
    return this;
  }

  /** Whether to learn class priors from the data (true) or use a uniform prior (false). */
  public DiscreteNaiveBayes fitPrior(boolean value) {
    this.fitPrior = value;
    return this;
  }

  /** Fixed class priors, one per sorted class; overrides {@code fitPrior}. */
  public DiscreteNaiveBayes classPrior(double... priors) {
    this.classPriorGiven = priors == null ? null : priors.clone();
    return this;
  }

  /** Turns raw input into the values that are counted (Bernoulli binarizes). */
  abstract Matrix prepare(Matrix x);

  /** Recomputes {@link #featureLogProb} from the counts with the effective alpha. */
  abstract void updateFeatureLogProb(double effectiveAlpha);

  @Override
  public DiscreteNaiveBayes fit(Matrix x, int[] y) {
    return fit(x, y, null);
  }

  @Override
  public DiscreteNaiveBayes fit(Matrix x, int[] y, double[] sampleWeight) {
    Checks.sameLength(x, y, sampleWeight);
    Checks.finiteNonEmpty(x);
    ClassIndex index = ClassIndex.of(y);
    init(index, x.cols());
    count(prepare(x), index.indicesOf(y), sampleWeight);
    return this;
  }

  /** One incremental step; {@code classes} is required on the first call only. */
  public DiscreteNaiveBayes partialFit(Matrix x, int[] y, int[] classes, double[] sampleWeight) {
    ClassIndex index = ClassIndex.forPartialFit(classIndex, classes);
    Checks.sameLength(x, y, sampleWeight);
    Checks.finiteNonEmpty(x);
    if (classIndex == null) {
      init(index, x.cols());
    } else {
      Checks.featureCount(x, features);
    }
    count(prepare(x), index.indicesOf(y), sampleWeight);
    return this;
  }

  private void init(ClassIndex index, int d) {
    classIndex = index;
    features = d;
    classCount = new double[index.size()];
    featureCount = new double[index.size() * d];
  }

  private void count(Matrix x, int[] cls, double[] w) {
    int d = features;
    double[] v = x.data();
    for (int i = 0; i < cls.length; i++) {
      double weight = w == null ? 1 : w[i];
      int o = cls[i] * d;
      for (int j = 0; j < d; j++) {
        featureCount[o + j] += weight * v[i * d + j];
      }
      classCount[cls[i]] += weight;
    }
    updateFeatureLogProb(Math.max(alpha, ALPHA_FLOOR));
    updateClassLogPrior();
  }

  private void updateClassLogPrior() {
    int k = classIndex.size();
    classLogPrior = new double[k];
    if (classPriorGiven != null) {
      PriorChecks.validate(classPriorGiven, k);
      for (int c = 0; c < k; c++) {
        classLogPrior[c] = Math.log(classPriorGiven[c]);
      }
    } else if (fitPrior) {
      double total = 0;
      for (double n : classCount) {
        total += n;
      }
      for (int c = 0; c < k; c++) {
        classLogPrior[c] = Math.log(classCount[c]) - Math.log(total);
      }
    } else {
      Arrays.fill(classLogPrior, -Math.log(k));
    }
  }

  /** Row-major x times the transpose of {@code weights} (k x d), plus {@code bias[c]}. */
  static void linear(Matrix x, double[] weights, double[] bias, int k, double[] out) {
    int d = x.cols();
    double[] v = x.data();
    for (int i = 0; i < x.rows(); i++) {
      for (int c = 0; c < k; c++) {
        double s = 0;
        for (int j = 0; j < d; j++) {
          s += v[i * d + j] * weights[c * d + j];
        }
        out[i * k + c] = s + bias[c];
      }
    }
  }

  @Override
  public int featureCount() {
    Checks.fitted(classIndex, getClass().getSimpleName());
    return features;
  }

  /** log P(c) per class. */
  public double[] classLogPrior() {
    Checks.fitted(classIndex, getClass().getSimpleName());
    return classLogPrior.clone();
  }

  /** Total (weighted) number of training samples per class. */
  public double[] classCount() {
    Checks.fitted(classIndex, getClass().getSimpleName());
    return classCount.clone();
  }

  /** Summed (weighted) feature values per class (k x d). */
  public Matrix featureCounts() {
    Checks.fitted(classIndex, getClass().getSimpleName());
    return new Matrix(featureCount.clone(), classIndex.size(), features);
  }

  /** Smoothed log P(feature | class) (k x d). */
  public Matrix featureLogProb() {
    Checks.fitted(classIndex, getClass().getSimpleName());
    return new Matrix(featureLogProb.clone(), classIndex.size(), features);
  }
}

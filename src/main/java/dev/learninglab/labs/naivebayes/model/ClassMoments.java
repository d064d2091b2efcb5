package dev.learninglab.labs.naivebayes.model;

import dev.learninglab.core.learn.Matrix;

/**
 * Per-class, per-feature (weighted) mean and population variance of one batch of rows, and the
 * Chan-Golub-LeVeque rule that merges them into earlier moments. Sums run over the rows in order,
 * as numpy's column reductions do, so the results agree with scikit-learn's {@code
 * GaussianNB._update_mean_variance} to the last bits.
 */
final class ClassMoments {
  final double[] weight; // per class: number of rows, or sum of their weights
  final boolean[] present; // per class: whether the batch has a row of it
  final double[] mean; // k x d, row-major
  final double[] var; // k x d, row-major

  private ClassMoments(int k, int d) {
    weight = new double[k];
    present = new boolean[k];
    mean = new double[k * d];
    var = new double[k * d];
  }

  /** Moments of the rows of {@code x} grouped by class position {@code cls}. */
  static ClassMoments of(Matrix x, int[] cls, int k, double[] sampleWeight) {
    int d = x.cols();
    double[] v = x.data();
    ClassMoments m = new ClassMoments(k, d);
    double[] sum = m.mean;
    for (int i = 0; i < cls.length; i++) {
      int c = cls[i];
      double w = sampleWeight == null ? 1 : sampleWeight[i];
      m.present[c] = true;
      m.weight[c] += w;
      int row = i * d;
      int out = c * d;
      for (int j = 0; j < d; j++) {
        sum[out + j] += sampleWeight == null ? v[row + j] : v[row + j] * w;
      }
    }
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < d; j++) {
        sum[c * d + j] /= m.weight[c];
      }
    }
    for (int i = 0; i < cls.length; i++) {
      int c = cls[i];
      int row = i * d;
      int out = c * d;
      for (int j = 0; j < d; j++) {
        double dev = v[row + j] - m.mean[out + j];
        m.var[out + j] += sampleWeight == null ? dev * dev : dev * dev * sampleWeight[i];
      }
    }
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < d; j++) {
        m.var[c * d + j] /= m.weight[c];
      }
    }
    return m;
  }

  /** numpy's var(x, axis=0) for every column: the population variance. */
  static double[] columnVariance(Matrix x) {
    int n = x.rows();
    int d = x.cols();
    double[] v = x.data();
    double[] mean = new double[d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        mean[j] += v[i * d + j];
      }
    }
    for (int j = 0; j < d; j++) {
      mean[j] /= n;
    }
    double[] var = new double[d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        double dev = v[i * d + j] - mean[j];
        var[j] += dev * dev;
      }
    }
    for (int j = 0; j < d; j++) {
      var[j] /= n;
    }
    return var;
  }

  /**
   * Merges this batch's moments of class {@code c} into the running ones ({@code pastWeight}
   * samples summarised by {@code mu}, {@code sigma2} at offset {@code c * d}), in place.
   */
  void mergeInto(int c, double pastWeight, double[] mu, double[] sigma2, int d) {
    double nNew = weight[c];
    // numpy.isclose(n_new, 0): a class whose batch weights sum to ~0 leaves the moments alone
    if (Math.abs(nNew) <= 1e-8) {
      return;
    }
    int o = c * d;
    if (pastWeight == 0) {
      System.arraycopy(mean, o, mu, o, d);
      System.arraycopy(var, o, sigma2, o, d);
      return;
    }
    double total = pastWeight + nNew;
    for (int j = 0; j < d; j++) {
      double oldMu = mu[o + j];
      double newMu = mean[o + j];
      double diff = oldMu - newMu;
      double ssd =
          pastWeight * sigma2[o + j]
              + nNew * var[o + j]
              + (nNew * pastWeight / total) * (diff * diff);
      mu[o + j] = (nNew * newMu + pastWeight * oldMu) / total;
      sigma2[o + j] = ssd / total;
    }
  }
}

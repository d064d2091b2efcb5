package dev.learninglab.labs.smell.model.baseline;

/**
 * Logistic regression on binary on-bit features, one independent model per label, L2-penalised as
 * scikit-learn's default (C = 1: the penalty ½‖w‖² against the summed log-loss), fitted by
 * full-batch Adam. Sparse on purpose: a fingerprint has ~40 of its 2048 bits on.
 */
public final class SparseLogisticRegression {
  private final int features;
  private final int tasks;
  private final double[][] weights; // features × tasks
  private final double[] bias;

  public SparseLogisticRegression(int features, int tasks) {
    this.features = features;
    this.tasks = tasks;
    this.weights = new double[features][tasks];
    this.bias = new double[tasks];
  }

  /** Fits on the given rows for {@code iterations} Adam steps. */
  public SparseLogisticRegression fit(int[][] bits, float[][] labels, int[] rows, int iterations) {
    double lr = 0.05;
    double b1 = 0.9;
    double b2 = 0.999;
    double[][] m = new double[features][tasks];
    double[][] v = new double[features][tasks];
    double[] mb = new double[tasks];
    double[] vb = new double[tasks];
    double n = rows.length;
    for (int it = 1; it <= iterations; it++) {
      double[][] grad = new double[features][tasks];
      double[] gradBias = new double[tasks];
      for (int r : rows) {
        double[] p = probabilities(bits[r]);
        for (int t = 0; t < tasks; t++) {
          double err = (p[t] - labels[r][t]) / n;
          gradBias[t] += err;
          for (int bit : bits[r]) {
            grad[bit][t] += err;
          }
        }
      }
      double c1 = 1 - Math.pow(b1, it);
      double c2 = 1 - Math.pow(b2, it);
      for (int j = 0; j < features; j++) {
        for (int t = 0; t < tasks; t++) {
          double g = grad[j][t] + weights[j][t] / n; // ½‖w‖²/C over n summed losses, C = 1
          m[j][t] = b1 * m[j][t] + (1 - b1) * g;
          v[j][t] = b2 * v[j][t] + (1 - b2) * g * g;
          weights[j][t] -= lr * (m[j][t] / c1) / (Math.sqrt(v[j][t] / c2) + 1e-8);
        }
      }
      for (int t = 0; t < tasks; t++) {
        mb[t] = b1 * mb[t] + (1 - b1) * gradBias[t];
        vb[t] = b2 * vb[t] + (1 - b2) * gradBias[t] * gradBias[t];
        bias[t] -= lr * (mb[t] / c1) / (Math.sqrt(vb[t] / c2) + 1e-8);
      }
    }
    return this;
  }

  /** Probabilities for one molecule's on-bits. */
  public double[] probabilities(int[] onBits) {
    double[] z = bias.clone();
    for (int bit : onBits) {
      double[] w = weights[bit];
      for (int t = 0; t < tasks; t++) {
        z[t] += w[t];
      }
    }
    for (int t = 0; t < tasks; t++) {
      z[t] = 1 / (1 + Math.exp(-z[t]));
    }
    return z;
  }

  /** Probabilities for the given rows. */
  public double[][] probabilities(int[][] bits, int[] rows) {
    double[][] out = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      out[i] = probabilities(bits[rows[i]]);
    }
    return out;
  }
}

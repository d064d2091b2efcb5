package dev.learninglab.labs.iin.model.iin;

/**
 * A multinomial logistic regression fitted by full-batch gradient descent on standardised features:
 * the "linear probe" that asks how much of a factor a chunk of the code holds, linearly. Its
 * held-out accuracy is one cell of the DCI-style matrix.
 */
final class LinearProbe {
  private static final int ITERATIONS = 300;
  private static final double STEP = 0.5;
  private static final double L2 = 1e-3;

  private LinearProbe() {}

  /**
   * Fits on the first {@code trainCount} rows of {@code x} (n × d, row after row) and returns the
   * accuracy on the rest.
   */
  static double heldOutAccuracy(double[][] x, int[] y, int classes, int trainCount) {
    int d = x[0].length;
    double[][] z = standardise(x, trainCount);
    double[][] w = new double[classes][d + 1];
    double[][] grad = new double[classes][d + 1];
    double[] p = new double[classes];
    for (int it = 0; it < ITERATIONS; it++) {
      for (double[] g : grad) {
        java.util.Arrays.fill(g, 0);
      }
      for (int i = 0; i < trainCount; i++) {
        softmax(w, z[i], p);
        for (int c = 0; c < classes; c++) {
          double e = p[c] - (y[i] == c ? 1 : 0);
          for (int j = 0; j < d; j++) {
            grad[c][j] += e * z[i][j];
          }
          grad[c][d] += e;
        }
      }
      for (int c = 0; c < classes; c++) {
        for (int j = 0; j <= d; j++) {
          w[c][j] -= STEP * (grad[c][j] / trainCount + (j < d ? L2 * w[c][j] : 0));
        }
      }
    }
    int right = 0;
    for (int i = trainCount; i < x.length; i++) {
      softmax(w, z[i], p);
      int best = 0;
      for (int c = 1; c < classes; c++) {
        best = p[c] > p[best] ? c : best;
      }
      right += best == y[i] ? 1 : 0;
    }
    return (double) right / (x.length - trainCount);
  }

  private static void softmax(double[][] w, double[] x, double[] p) {
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < w.length; c++) {
      double s = w[c][x.length];
      for (int j = 0; j < x.length; j++) {
        s += w[c][j] * x[j];
      }
      p[c] = s;
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int c = 0; c < w.length; c++) {
      p[c] = Math.exp(p[c] - max);
      sum += p[c];
    }
    for (int c = 0; c < w.length; c++) {
      p[c] /= sum;
    }
  }

  /** Features scaled by the training rows' mean and standard deviation. */
  private static double[][] standardise(double[][] x, int trainCount) {
    int d = x[0].length;
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (int i = 0; i < trainCount; i++) {
      for (int j = 0; j < d; j++) {
        mean[j] += x[i][j] / trainCount;
      }
    }
    for (int i = 0; i < trainCount; i++) {
      for (int j = 0; j < d; j++) {
        sd[j] += (x[i][j] - mean[j]) * (x[i][j] - mean[j]) / trainCount;
      }
    }
    double[][] z = new double[x.length][d];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < d; j++) {
        z[i][j] = (x[i][j] - mean[j]) / Math.max(Math.sqrt(sd[j]), 1e-8);
      }
    }
    return z;
  }
}

package dev.learninglab.labs.curves.model;

/**
 * scikit-learn's L2-penalised logistic-regression objective, Σ log-loss + ‖w‖²/(2C) (the same
 * minimiser as C·Σ log-loss + ½‖w‖²), intercepts unpenalised.
 *
 * <p>With more than two classes every class has its own row of weights (multinomial). With two, the
 * first class's logit is pinned at 0 and only the second class has weights: that is the binary
 * model scikit-learn fits, whose penalty differs from a two-row softmax.
 *
 * <p>Parameters are laid out row by row: the {@code d} weights of a row, then its intercept.
 */
final class SoftmaxObjective implements DifferentiableFunction {
  private final double[][] x;
  private final int[] target;
  private final int classes;
  private final int freeRows;
  private final int d;
  private final double inverseC;

  /**
   * @param target class of each row as an index into the {@code classes} modelled classes
   */
  SoftmaxObjective(double[][] x, int[] target, int classes, double c) {
    this.x = x;
    this.target = target;
    this.classes = classes;
    this.freeRows = classes == 2 ? 1 : classes;
    this.d = x[0].length;
    this.inverseC = 1 / c;
  }

  int parameterCount() {
    return freeRows * (d + 1);
  }

  int freeRows() {
    return freeRows;
  }

  @Override
  public double valueAndGradient(double[] theta, double[] gradient) {
    java.util.Arrays.fill(gradient, 0);
    double[] logits = new double[classes];
    double[] p = new double[classes];
    double loss = 0;
    for (int i = 0; i < x.length; i++) {
      logits(theta, x[i], logits);
      double lse = logSumExp(logits);
      loss += lse - logits[target[i]];
      for (int k = 0; k < classes; k++) {
        p[k] = Math.exp(logits[k] - lse);
      }
      for (int r = 0; r < freeRows; r++) {
        int k = classOfRow(r);
        double residual = p[k] - (target[i] == k ? 1 : 0);
        int base = r * (d + 1);
        for (int j = 0; j < d; j++) {
          gradient[base + j] += residual * x[i][j];
        }
        gradient[base + d] += residual;
      }
    }
    for (int r = 0; r < freeRows; r++) {
      int base = r * (d + 1);
      for (int j = 0; j < d; j++) {
        loss += 0.5 * inverseC * theta[base + j] * theta[base + j];
        gradient[base + j] += inverseC * theta[base + j];
      }
    }
    return loss;
  }

  /** Which modelled class a parameter row scores. */
  int classOfRow(int row) {
    return classes == 2 ? 1 : row;
  }

  void logits(double[] theta, double[] row, double[] out) {
    java.util.Arrays.fill(out, 0);
    for (int r = 0; r < freeRows; r++) {
      int base = r * (d + 1);
      double z = theta[base + d];
      for (int j = 0; j < d; j++) {
        z += theta[base + j] * row[j];
      }
      out[classOfRow(r)] = z;
    }
  }

  static double logSumExp(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double s = 0;
    for (double v : z) {
      s += Math.exp(v - max);
    }
    return max + Math.log(s);
  }
}

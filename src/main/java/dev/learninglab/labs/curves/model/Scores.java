package dev.learninglab.labs.curves.model;

import dev.learninglab.core.learn.LabelledData;

/** The two scores of the lab: accuracy and log-loss (cross-entropy), plus NaN-aware summaries. */
public final class Scores {
  /** Probabilities are clipped here before the logarithm, as scikit-learn's log_loss does. */
  static final double EPS = 1e-15;

  private Scores() {}

  public static double accuracy(FittedLogistic model, LabelledData data) {
    int right = 0;
    for (int i = 0; i < data.rows(); i++) {
      right += model.predict(data.x().row(i)) == data.y()[i] ? 1 : 0;
    }
    return (double) right / data.rows();
  }

  /** Mean −log p(true class); a class the model never saw gets p = 1e-15 (loss ≈ 34.5). */
  public static double logLoss(FittedLogistic model, LabelledData data) {
    double sum = 0;
    for (int i = 0; i < data.rows(); i++) {
      double p = model.probabilities(data.x().row(i))[data.y()[i]];
      sum -= Math.log(Math.min(Math.max(p, EPS), 1 - EPS));
    }
    return sum / data.rows();
  }

  /** Mean of the finite values; NaN when there are none. */
  public static double mean(double[] v) {
    double s = 0;
    int n = 0;
    for (double e : v) {
      if (!Double.isNaN(e)) {
        s += e;
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  /** Population standard deviation (NumPy's default ddof=0) of the finite values. */
  public static double std(double[] v) {
    double m = mean(v);
    double s = 0;
    int n = 0;
    for (double e : v) {
      if (!Double.isNaN(e)) {
        s += (e - m) * (e - m);
        n++;
      }
    }
    return n == 0 ? Double.NaN : Math.sqrt(s / n);
  }
}

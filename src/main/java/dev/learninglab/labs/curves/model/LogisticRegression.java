package dev.learninglab.labs.curves.model;

import dev.learninglab.core.learn.LabelledData;

/**
 * L2-penalised logistic regression with scikit-learn's {@code C}: multinomial for three or more
 * classes, binary for two, fitted by {@link Lbfgs} from zero.
 *
 * <p>Two stopping rules: {@link #likeScikitLearn} stops where scikit-learn's default {@code lbfgs}
 * solver stops ({@code tol=1e-4}, scipy's relative-decrease test, {@code max_iter}), which is what
 * its {@code learning_curve} reports; {@link #exact} solves to machine precision. They differ: on
 * iris at C = 1 scipy stops with a gradient of 7e-3 and coefficients 1e-3 away from the optimum.
 */
public final class LogisticRegression {
  private final double c;
  private final Lbfgs optimiser;

  private LogisticRegression(double c, Lbfgs optimiser) {
    if (!(c > 0) || Double.isInfinite(c)) {
      throw new IllegalArgumentException("C must be a positive finite number, got " + c);
    }
    this.c = c;
    this.optimiser = optimiser;
  }

  /** As {@code LogisticRegression(C=c, max_iter=maxIter)} with the default lbfgs solver. */
  public static LogisticRegression likeScikitLearn(double c, int maxIter) {
    return new LogisticRegression(c, new Lbfgs(10, 1e-4, 2.220446049250313e-9, maxIter));
  }

  /** Solved until the objective stops decreasing: the optimum to machine precision. */
  public static LogisticRegression exact(double c) {
    return new LogisticRegression(c, new Lbfgs(10, 1e-10, 0, 100_000));
  }

  public double c() {
    return c;
  }

  /**
   * Fits on {@code data}; only the classes present in it are modelled.
   *
   * @throws SingleClassException when the rows hold fewer than two classes
   */
  public FittedLogistic fit(LabelledData data) {
    int[] present = data.labels();
    if (present.length < 2) {
      throw new SingleClassException(data.className(data.y()[0]), data.rows());
    }
    int[] toModel = new int[data.classCount()];
    for (int k = 0; k < present.length; k++) {
      toModel[present[k]] = k;
    }
    int[] target = new int[data.rows()];
    for (int i = 0; i < target.length; i++) {
      target[i] = toModel[data.y()[i]];
    }
    SoftmaxObjective objective =
        new SoftmaxObjective(data.x().toArray(), target, present.length, c);
    Lbfgs.Result r = optimiser.minimise(objective, new double[objective.parameterCount()]);
    return FittedLogistic.from(r.x(), present, data.classCount(), data.features(), r.converged());
  }
}

package dev.learninglab.labs.naivebayes.model;

import java.util.Locale;

/**
 * The numbers the tutorial prints for its three test points, as published (9 significant digits):
 * what scikit-learn's GaussianNB returned (var_smoothing 1e-9) and what the tutorial's own
 * linear-space class returned (no smoothing). The lab's comparison panel sets ours beside them.
 */
public final class TutorialReference {
  /** The tutorial's test points (-2, 5), (0, 0), (6, -0.3). */
  public static final double[][] POINTS = {{-2, 5}, {0, 0}, {6, -0.3}};

  /** {@code GaussianNB().fit(X, y).predict_proba(POINTS)} as printed in the tutorial. */
  public static final double[][] SKLEARN_PROBA = {
    {8.06314158e-07, 1.36201959e-04, 9.99862992e-01},
    {1.00000000e+00, 4.23259111e-14, 1.92051343e-11},
    {4.30879698e-01, 5.69120302e-01, 9.66619630e-27}
  };

  /** The tutorial's own classifier (var_smoothing 0) on the same points. */
  public static final double[][] TUTORIAL_PROBA = {
    {8.06313823e-07, 1.36201957e-04, 9.99862992e-01},
    {1.00000000e+00, 4.23258691e-14, 1.92051255e-11},
    {4.30879705e-01, 5.69120295e-01, 9.66618838e-27}
  };

  /** The printed predictions: classes 2, 0, 1. */
  public static final int[] PREDICT = {2, 0, 1};

  /** The unnormalised scores printed for x = (-2, 5), one per class (12 decimals). */
  public static final double[] SCORES_AT_MINUS2_5 = {
    0.000000000263, 0.000000044359, 0.000325643718
  };

  private TutorialReference() {}

  /** Rounds to the 9 significant digits the tutorial prints ({@code %.8e}). */
  public static double printed(double value) {
    return value == 0 ? 0 : Double.parseDouble(String.format(Locale.ROOT, "%.8e", value));
  }
}

package dev.learninglab.labs.curves.model;

import static dev.learninglab.labs.curves.model.CurvesTexts.T;

/**
 * The words the view and the command line's text show for the model's names, in the current
 * language. The model keeps its English names, which the command line's JSON prints and must never
 * change.
 */
public final class Names {
  private Names() {}

  public static String metric(Metric m) {
    return switch (m) {
      case ACCURACY -> T.get("curves.metric.accuracy");
      case LOG_LOSS -> T.get("curves.metric.logLoss");
    };
  }

  public static String verdict(Verdict v) {
    return switch (v) {
      case GOOD_FIT -> T.get("curves.verdict.goodFit");
      case OVERFITTING -> T.get("curves.verdict.overfitting");
      case UNDERFITTING -> T.get("curves.verdict.underfitting");
    };
  }

  /** A fitted curve's name ({@code FittedCurve.model()}); an unknown one is shown as it is. */
  public static String fit(String model) {
    return switch (model) {
      case "power law" -> T.get("curves.fit.powerLaw");
      case "quadratic spline" -> T.get("curves.fit.spline");
      case "quadratic" -> T.get("curves.fit.quadratic");
      case "logarithm" -> T.get("curves.fit.logarithm");
      default -> model;
    };
  }
}

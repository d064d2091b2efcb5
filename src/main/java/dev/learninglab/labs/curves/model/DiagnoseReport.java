package dev.learninglab.labs.curves.model;

import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.task.Progress;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything {@code curves diagnose} answers: the accuracy learning curve (mean and std per size),
 * the same for log-loss, and the diagnosis. NaN (a size no fold could fit) is written as null.
 */
public record DiagnoseReport(
    double C,
    int folds,
    Long shuffleSeed,
    int[] trainSizes,
    Band train,
    Band validation,
    Band trainLogLoss,
    Band validationLogLoss,
    String diagnosis,
    List<String> reasons,
    List<String> problems) {

  /** Mean and standard deviation across folds, per training size. */
  public record Band(List<Double> mean, List<Double> std) {
    static Band of(CurveSummary s) {
      return new Band(nullForNaN(s.mean()), nullForNaN(s.std()));
    }
  }

  /** The tutorial's 10 sizes from 10% to 100% of the training folds: linspace(0.1, 1, 10). */
  public static double[] tutorialFractions() {
    return LearningCurve.linspace(0.1, 1, 10);
  }

  public static DiagnoseReport run(
      LabelledData data, double c, int folds, Long seed, Progress progress) {
    LearningCurveResult curve =
        LearningCurve.compute(data, c, folds, tutorialFractions(), seed, progress);
    return of(curve, data, folds);
  }

  public static DiagnoseReport of(LearningCurveResult curve, LabelledData data, int folds) {
    Diagnosis d = Diagnoser.diagnose(curve, Diagnoser.chanceLoss(data.y(), data.classCount()));
    return new DiagnoseReport(
        curve.c(),
        folds,
        curve.shuffleSeed(),
        curve.trainSizes(),
        Band.of(curve.train(Metric.ACCURACY)),
        Band.of(curve.validation(Metric.ACCURACY)),
        Band.of(curve.train(Metric.LOG_LOSS)),
        Band.of(curve.validation(Metric.LOG_LOSS)),
        d.verdict().label(),
        d.reasons(),
        curve.problems());
  }

  private static List<Double> nullForNaN(double[] v) {
    List<Double> out = new ArrayList<>(v.length);
    for (double e : v) {
      out.add(Double.isNaN(e) ? null : e);
    }
    return out;
  }

  /** The verdict {@link #diagnosis()} names. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public Verdict verdict() {
    return java.util.Arrays.stream(Verdict.values())
        .filter(v -> v.label().equals(diagnosis))
        .findFirst()
        .orElseThrow();
  }
}

package dev.learninglab.labs.curves.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a learning curve the way the tutorial does, on the loss curves: a training loss that stays
 * near chance level means underfitting; a validation loss far above a very low training loss, or
 * one still falling steeply at the end, means overfitting; close, flattened curves far below chance
 * mean a good fit.
 *
 * <p>Thresholds (checked on iris for C from 1e-4 to 1e4 and shuffle seeds 0–2): underfitting when
 * the final training loss is above {@value #UNDERFIT_SHARE} of the chance loss; overfitting when
 * the final validation loss is at least {@value #OVERFIT_RATIO}× the training loss, or when it fell
 * by more than {@value #STILL_FALLING} over the last three sizes while the training loss is below
 * {@value #VERY_LOW_SHARE} of chance.
 */
public final class Diagnoser {
  static final double UNDERFIT_SHARE = 0.5;
  static final double OVERFIT_RATIO = 2.0;
  static final double STILL_FALLING = 0.2;
  static final double VERY_LOW_SHARE = 0.1;
  // Which loss a trend sentence speaks of: the choice index in its pattern.
  private static final int TRAINING = 0;
  private static final int VALIDATION = 1;

  private Diagnoser() {}

  /** Log-loss of predicting the class frequencies of {@code y}: the level of learning nothing. */
  public static double chanceLoss(int[] y, int classes) {
    double[] counts = new double[classes];
    for (int label : y) {
      counts[label]++;
    }
    double h = 0;
    for (double c : counts) {
      if (c > 0) {
        double p = c / y.length;
        h -= p * Math.log(p);
      }
    }
    return h;
  }

  public static Diagnosis diagnose(LearningCurveResult curve, double chanceLoss) {
    double[] train = curve.train(Metric.LOG_LOSS).mean();
    double[] valid = curve.validation(Metric.LOG_LOSS).mean();
    double[] trainAcc = curve.train(Metric.ACCURACY).mean();
    double[] validAcc = curve.validation(Metric.ACCURACY).mean();
    int last = train.length - 1;
    int earlier = Math.max(firstFinite(train), last - 2);
    double tr = train[last];
    double va = valid[last];
    double drop = (valid[earlier] - va) / va;
    List<Sentence> reasons = new ArrayList<>();
    Verdict verdict;
    reasons.add(
        new Sentence(
            "curves.reason.levels",
            curve.trainSizes()[last],
            tr,
            va,
            trainAcc[last],
            validAcc[last],
            chanceLoss));
    if (tr > UNDERFIT_SHARE * chanceLoss) {
      verdict = Verdict.UNDERFITTING;
      reasons.add(new Sentence("curves.reason.underfit.level", tr / chanceLoss));
      reasons.add(new Sentence("curves.reason.trend", trendArgs(TRAINING, train, earlier, last)));
      reasons.add(new Sentence("curves.reason.underfit.gap", va - tr));
    } else if (va >= OVERFIT_RATIO * tr
        || drop > STILL_FALLING && tr < VERY_LOW_SHARE * chanceLoss) {
      verdict = Verdict.OVERFITTING;
      reasons.add(new Sentence("curves.reason.overfit.ratio", va / tr));
      Object[] trend = trendArgs(VALIDATION, valid, earlier, last);
      reasons.add(
          drop > STILL_FALLING
              ? new Sentence("curves.reason.trend.stillFalling", trend)
              : new Sentence("curves.reason.trend", trend));
      reasons.add(new Sentence("curves.reason.overfit.advice"));
    } else {
      verdict = Verdict.GOOD_FIT;
      reasons.add(new Sentence("curves.reason.goodFit.close", va / tr));
      Object[] trend = trendArgs(VALIDATION, valid, earlier, last);
      reasons.add(
          drop <= STILL_FALLING
              ? new Sentence("curves.reason.trend.flattened", trend)
              : new Sentence("curves.reason.trend", trend));
    }
    reasons.add(spread(curve, last));
    return new Diagnosis(verdict, List.copyOf(reasons), tr, va, chanceLoss, drop);
  }

  /**
   * The article reads the spread across folds too (higher when overfitting, lower when
   * underfitting); one curve cannot be compared with another, so this gives the number to compare.
   */
  private static Sentence spread(LearningCurveResult curve, int last) {
    return new Sentence(
        "curves.reason.spread",
        curve.trainSizes()[last],
        curve.validation(Metric.ACCURACY).std()[last]);
  }

  /** Which loss, its direction (-1 falls, 0 stays flat, 1 rises), and its two ends. */
  private static Object[] trendArgs(int which, double[] loss, int from, int to) {
    double change = loss[to] - loss[from];
    int direction = Math.abs(change) < 0.005 ? 0 : change > 0 ? 1 : -1;
    return new Object[] {which, direction, loss[from], loss[to]};
  }

  private static int firstFinite(double[] v) {
    for (int i = 0; i < v.length; i++) {
      if (!Double.isNaN(v[i])) {
        return i;
      }
    }
    return v.length - 1;
  }
}

package dev.learninglab.labs.curves.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    List<String> reasons = new ArrayList<>();
    Verdict verdict;
    String levels =
        String.format(
            Locale.ROOT,
            "At %d examples the training loss is %.3f and the validation loss %.3f (accuracy %.3f and %.3f); "
                + "a model that learned nothing would score a loss of %.3f.",
            curve.trainSizes()[last],
            tr,
            va,
            trainAcc[last],
            validAcc[last],
            chanceLoss);
    if (tr > UNDERFIT_SHARE * chanceLoss) {
      verdict = Verdict.UNDERFITTING;
      reasons.add(levels);
      reasons.add(
          String.format(
              Locale.ROOT,
              "The training loss stays at %.0f%% of that chance level: the model cannot even fit the examples it is "
                  + "trained on — it is too simple (or too strongly regularised: raise C).",
              100 * tr / chanceLoss));
      reasons.add(trend("training", train, earlier, last));
      reasons.add(
          String.format(
              Locale.ROOT,
              "Training and validation losses end close together (gap %.3f): adding training examples will not help.",
              va - tr));
    } else if (va >= OVERFIT_RATIO * tr
        || drop > STILL_FALLING && tr < VERY_LOW_SHARE * chanceLoss) {
      verdict = Verdict.OVERFITTING;
      reasons.add(levels);
      reasons.add(
          String.format(
              Locale.ROOT,
              "The validation loss is %.1f× the training loss: the curves stay far apart — the model learns the "
                  + "training examples (noise included) better than it generalises.",
              va / tr));
      reasons.add(
          trend("validation", valid, earlier, last)
              + (drop > STILL_FALLING
                  ? " It has not flattened: more training examples should still help."
                  : ""));
      reasons.add("Lower C (stronger regularisation) or gather more data.");
    } else {
      verdict = Verdict.GOOD_FIT;
      reasons.add(levels);
      reasons.add(
          String.format(
              Locale.ROOT,
              "The losses are close (validation %.2f× training, slightly above it) and far below chance level.",
              va / tr));
      reasons.add(
          trend("validation", valid, earlier, last)
              + (drop <= STILL_FALLING
                  ? " The curve has flattened: more examples would change little."
                  : ""));
    }
    reasons.add(spread(curve, last));
    return new Diagnosis(verdict, List.copyOf(reasons), tr, va, chanceLoss, drop);
  }

  /**
   * The article reads the spread across folds too (higher when overfitting, lower when
   * underfitting); one curve cannot be compared with another, so this gives the number to compare.
   */
  private static String spread(LearningCurveResult curve, int last) {
    return String.format(
        Locale.ROOT,
        "Across the folds the validation accuracy at %d examples has a standard deviation of %.3f. The article"
            + " says this spread is higher when overfitting and lower when underfitting than for a good fit:"
            + " compare it with another C rather than take that on trust (F1 shows what iris gives).",
        curve.trainSizes()[last],
        curve.validation(Metric.ACCURACY).std()[last]);
  }

  private static String trend(String which, double[] loss, int from, int to) {
    double change = loss[to] - loss[from];
    String direction = Math.abs(change) < 0.005 ? "stays flat" : change > 0 ? "rises" : "falls";
    return String.format(
        Locale.ROOT,
        "Over the last sizes the %s loss %s (%.3f → %.3f).",
        which,
        direction,
        loss[from],
        loss[to]);
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

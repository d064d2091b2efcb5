package dev.learninglab.labs.curves.model;

import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.learn.Split;
import dev.learninglab.core.learn.StratifiedKFold;
import dev.learninglab.core.task.Progress;
import java.util.List;

/**
 * scikit-learn's {@code validation_curve} over C: for each C, a model fitted on every fold's whole
 * training part (stratified k-fold, unshuffled), scored on it and on the held-out fold.
 */
public final class ValidationCurve {
  private ValidationCurve() {}

  /** {@code count} values of C evenly spaced in log10 between {@code 10^lo} and {@code 10^hi}. */
  public static double[] logSpace(double lo, double hi, int count) {
    double[] exponents = LearningCurve.linspace(lo, hi, count);
    double[] out = new double[count];
    for (int i = 0; i < count; i++) {
      out[i] = Math.pow(10, exponents[i]);
    }
    return out;
  }

  public static FoldTable compute(LabelledData data, double[] cs, int folds, Progress progress) {
    List<Split> splits = new StratifiedKFold(folds, null).split(data.y());
    FoldScores[][] scores = new FoldScores[cs.length][folds];
    for (int i = 0; i < cs.length; i++) {
      LogisticRegression model = LogisticRegression.likeScikitLearn(cs[i], 1000);
      for (int f = 0; f < folds; f++) {
        progress.checkCancelled();
        Split s = splits.get(f);
        scores[i][f] =
            LearningCurve.fitAndScore(model, data.subset(s.train()), data.subset(s.test()));
      }
      progress.report(i + 1, cs.length, "validation curve, C=" + cs[i]);
    }
    return new FoldTable(scores);
  }
}

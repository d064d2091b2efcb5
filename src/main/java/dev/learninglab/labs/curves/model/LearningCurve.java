package dev.learninglab.labs.curves.model;

import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.learn.Split;
import dev.learninglab.core.learn.StratifiedKFold;
import dev.learninglab.core.random.NumpyRandomState;
import dev.learninglab.core.task.Progress;
import java.util.Arrays;
import java.util.List;

/**
 * scikit-learn's {@code learning_curve} for logistic regression: stratified k-fold splits
 * (unshuffled, as {@code cv=k} gives), the training rows of each fold optionally permuted by one
 * {@code RandomState(seed)} fold after fold, and a model fitted on the first n of them for every
 * training size n.
 */
public final class LearningCurve {
  private LearningCurve() {}

  /** {@code np.linspace(start, stop, num)}: the same arithmetic, hence the same doubles. */
  public static double[] linspace(double start, double stop, int num) {
    double[] out = new double[num];
    double step = (stop - start) / (num - 1);
    for (int i = 0; i < num; i++) {
      out[i] = start + i * step;
    }
    out[num - 1] = stop;
    return out;
  }

  /** Fractions of the largest training set turned into distinct row counts, as scikit-learn. */
  public static int[] absoluteSizes(double[] fractions, int maxTraining) {
    return Arrays.stream(fractions)
        .peek(
            f -> {
              if (!(f > 0 && f <= 1)) {
                throw new IllegalArgumentException(
                    "Training-size fractions must lie in (0, 1], got " + f);
              }
            })
        .mapToInt(f -> Math.min(Math.max((int) (f * maxTraining), 1), maxTraining))
        .distinct()
        .sorted()
        .toArray();
  }

  public static LearningCurveResult compute(
      LabelledData data,
      double c,
      int folds,
      double[] fractions,
      Long shuffleSeed,
      Progress progress) {
    List<Split> splits = new StratifiedKFold(folds, null).split(data.y());
    int[] sizes = absoluteSizes(fractions, splits.get(0).train().length);
    NumpyRandomState rng = shuffleSeed == null ? null : new NumpyRandomState(shuffleSeed);
    LogisticRegression model = LogisticRegression.likeScikitLearn(c, 1000);
    FoldScores[][] scores = new FoldScores[sizes.length][folds];
    for (int f = 0; f < folds; f++) {
      int[] train = splits.get(f).train().clone();
      if (rng != null) {
        rng.shuffle(train);
      }
      LabelledData test = data.subset(splits.get(f).test());
      for (int s = 0; s < sizes.length; s++) {
        progress.checkCancelled();
        scores[s][f] = fitAndScore(model, data.subset(Arrays.copyOf(train, sizes[s])), test);
        progress.report(
            (long) f * sizes.length + s + 1,
            (long) folds * sizes.length,
            "C=" + c + ", fold " + (f + 1));
      }
    }
    return new LearningCurveResult(c, sizes, new FoldTable(scores), shuffleSeed);
  }

  static FoldScores fitAndScore(LogisticRegression model, LabelledData train, LabelledData test) {
    FittedLogistic fitted;
    try {
      fitted = model.fit(train);
    } catch (SingleClassException e) {
      return FoldScores.failed(e.getMessage());
    }
    return new FoldScores(
        Scores.accuracy(fitted, train),
        Scores.accuracy(fitted, test),
        Scores.logLoss(fitted, train),
        Scores.logLoss(fitted, test),
        null);
  }
}

package dev.learninglab.labs.naivebayes.model;

import dev.learninglab.core.learn.Matrix;
import dev.learninglab.core.learn.Split;
import dev.learninglab.core.learn.StratifiedKFold;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Accuracy of a fresh model on each held-out fold: scikit-learn's {@code cross_val_score(model, X,
 * y, cv=k)} for classifiers.
 *
 * <pre>{@code
 * double[] acc = CrossValidation.scores(GaussianNaiveBayes::new, x, y, 10);
 * }</pre>
 */
public final class CrossValidation {
  private CrossValidation() {}

  /** One accuracy per fold, folds from {@link StratifiedKFold}. */
  public static double[] scores(Supplier<? extends NaiveBayes> model, Matrix x, int[] y, int k) {
    List<Split> splits = new StratifiedKFold(k, null).split(y);
    double[] out = new double[k];
    for (int f = 0; f < k; f++) {
      int[] train = splits.get(f).train();
      int[] test = splits.get(f).test();
      NaiveBayes fitted = model.get().fit(x.selectRows(train), pick(y, train));
      out[f] = fitted.score(x.selectRows(test), pick(y, test));
    }
    return out;
  }

  /** The mean of {@link #scores}. */
  public static double meanScore(Supplier<? extends NaiveBayes> model, Matrix x, int[] y, int k) {
    return Arrays.stream(scores(model, x, y, k)).average().orElseThrow();
  }

  private static int[] pick(int[] values, int[] at) {
    int[] out = new int[at.length];
    for (int i = 0; i < at.length; i++) {
      out[i] = values[at[i]];
    }
    return out;
  }
}

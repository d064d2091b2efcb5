package dev.learninglab.labs.curves.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A learning curve: for each training size and each fold, the scores on the training subset
 * and on the held-out fold.
 *
 * @param scores indexed {@code [size][fold]}
 * @param shuffleSeed the seed that permuted each fold's training rows, or null if unshuffled
 */
public record LearningCurveResult(double c, int[] trainSizes, FoldScores[][] scores, Long shuffleSeed) {

  public CurveSummary train(Metric metric) {
    return summarise(metric, true);
  }

  public CurveSummary validation(Metric metric) {
    return summarise(metric, false);
  }

  /** Per-fold values of a score at one size (NaN where the subset could not be fitted). */
  public double[] perFold(Metric metric, boolean train, int sizeIndex) {
    FoldScores[] row = scores[sizeIndex];
    double[] v = new double[row.length];
    for (int f = 0; f < row.length; f++) {
      v[f] = train ? metric.train(row[f]) : metric.test(row[f]);
    }
    return v;
  }

  private CurveSummary summarise(Metric metric, boolean train) {
    double[] mean = new double[trainSizes.length];
    double[] std = new double[trainSizes.length];
    for (int s = 0; s < trainSizes.length; s++) {
      double[] v = perFold(metric, train, s);
      mean[s] = Scores.mean(v);
      std[s] = Scores.std(v);
    }
    return new CurveSummary(mean, std);
  }

  /** One line per training size at which some folds could not be fitted. */
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    for (int s = 0; s < trainSizes.length; s++) {
      int failed = 0;
      String example = null;
      for (FoldScores f : scores[s]) {
        if (!f.fitted()) {
          failed++;
          example = f.problem();
        }
      }
      if (failed > 0) {
        out.add("At " + trainSizes[s] + " training rows, " + failed + " of " + scores[s].length
            + " folds could not be fitted (" + example + "); their scores are left out (scikit-learn reports NaN).");
      }
    }
    return out;
  }
}

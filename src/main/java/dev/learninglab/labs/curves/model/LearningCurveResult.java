package dev.learninglab.labs.curves.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A learning curve: for each training size and each fold, the scores on the training subset and on
 * the held-out fold.
 *
 * @param shuffleSeed the seed that permuted each fold's training rows, or null if unshuffled
 */
public record LearningCurveResult(double c, int[] trainSizes, FoldTable table, Long shuffleSeed) {

  public CurveSummary train(Metric metric) {
    return table.train(metric);
  }

  public CurveSummary validation(Metric metric) {
    return table.validation(metric);
  }

  /** One line per training size at which some folds could not be fitted. */
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    for (int s = 0; s < trainSizes.length; s++) {
      FoldScores[] row = table.scores()[s];
      int failed = 0;
      String example = null;
      for (FoldScores f : row) {
        if (!f.fitted()) {
          failed++;
          example = f.problem();
        }
      }
      if (failed > 0) {
        out.add(
            "At "
                + trainSizes[s]
                + " training rows, "
                + failed
                + " of "
                + row.length
                + " folds could not be fitted ("
                + example
                + "); their scores are left out (scikit-learn reports NaN).");
      }
    }
    return out;
  }
}

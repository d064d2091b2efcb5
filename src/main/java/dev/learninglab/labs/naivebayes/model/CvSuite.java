package dev.learninglab.labs.naivebayes.model;

import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.task.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The lab's cross-validation table for one dataset: 10-fold accuracy of Gaussian naive Bayes
 * (scikit-learn's default smoothing, 0.1, and the learner's current value) and of multinomial and
 * Bernoulli naive Bayes (alpha 10; Bernoulli on "pixel above 4" for digits, as in scikit-learn's
 * tests).
 */
public final class CvSuite {
  /** One model's fold accuracies. */
  public record Row(String model, double[] folds, double mean) {}

  private CvSuite() {}

  public static List<Row> run(LabelledData data, double currentVarSmoothing, Progress progress) {
    List<String> names = new ArrayList<>();
    List<Supplier<NaiveBayes>> models = new ArrayList<>();
    names.add("Gaussian, var_smoothing 1e-9");
    models.add(GaussianNaiveBayes::new);
    names.add("Gaussian, var_smoothing 0.1");
    models.add(() -> new GaussianNaiveBayes().varSmoothing(0.1));
    names.add(
        String.format(Locale.ROOT, "Gaussian, var_smoothing %.3g (slider)", currentVarSmoothing));
    models.add(() -> new GaussianNaiveBayes().varSmoothing(currentVarSmoothing));
    names.add("Multinomial, alpha 10");
    models.add(() -> new MultinomialNaiveBayes().alpha(10));
    names.add("Bernoulli, alpha 10, feature > 4");
    models.add(() -> new BernoulliNaiveBayes().binarize(4).alpha(10));
    List<Row> rows = new ArrayList<>();
    for (int m = 0; m < models.size(); m++) {
      progress.checkCancelled();
      progress.report(m, models.size(), names.get(m));
      double[] folds = CrossValidation.scores(models.get(m), data.x(), data.y(), 10);
      rows.add(new Row(names.get(m), folds, Arrays.stream(folds).average().orElseThrow()));
    }
    progress.report(models.size(), models.size(), "done");
    return rows;
  }
}

package dev.learninglab.labs.naivebayes.model;

import static dev.learninglab.labs.naivebayes.model.Fixtures.doubles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.learn.StratifiedKFold;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 10-fold cross-validation on the bundled digits: the folds and per-fold accuracies of
 * scikit-learn's cross_val_score (fixture), and the thresholds of its
 * test_check_accuracy_on_digits.
 */
class DigitsCrossValidationTest {
  private static LabelledData digits;
  private static JsonNode ref;

  @BeforeAll
  static void load() {
    digits = Fixtures.data(LabDatasets.DIGITS);
    ref = Fixtures.json("digits-cv.json");
  }

  @Test
  void foldsAreScikitLearnsStratifiedKFold() {
    assertThat(new StratifiedKFold(10, null).testFolds(digits.y()))
        .containsExactly(Fixtures.ints(ref.get("testFold")));
  }

  @Test
  void gaussianDefaultScoresEqualScikitLearnAndBeat077() {
    double[] scores = CrossValidation.scores(GaussianNaiveBayes::new, digits.x(), digits.y(), 10);
    assertThat(scores).containsExactly(doubles(ref.get("gaussianDefault")), within(1e-12));
    assertThat(Arrays.stream(scores).average().orElseThrow()).isGreaterThan(0.77);
  }

  @Test
  void gaussianWithVarSmoothing01ScoresEqualScikitLearnAndBeat089() {
    double[] scores =
        CrossValidation.scores(
            () -> new GaussianNaiveBayes().varSmoothing(0.1), digits.x(), digits.y(), 10);
    assertThat(scores).containsExactly(doubles(ref.get("gaussianVs01")), within(1e-12));
    assertThat(Arrays.stream(scores).average().orElseThrow()).isGreaterThan(0.89);
  }

  @Test
  void gaussianOnThreesVersusEightsBeats086() {
    int[] rows =
        IntStream.range(0, digits.rows())
            .filter(i -> digits.y()[i] == 3 || digits.y()[i] == 8)
            .toArray();
    int[] y = Arrays.stream(rows).map(i -> digits.y()[i]).toArray();
    double mean =
        CrossValidation.meanScore(GaussianNaiveBayes::new, digits.x().selectRows(rows), y, 10);
    assertThat(mean).isGreaterThan(0.86);
  }

  @Test
  void multinomialScoresEqualScikitLearn() {
    double[] scores =
        CrossValidation.scores(
            () -> new MultinomialNaiveBayes().alpha(10), digits.x(), digits.y(), 10);
    assertThat(scores).containsExactly(doubles(ref.get("multinomialAlpha10")), within(1e-12));
    assertThat(Arrays.stream(scores).average().orElseThrow()).isGreaterThan(0.86);
  }

  @Test
  void bernoulliOnPixelsAbove4ScoresEqualScikitLearn() {
    double[] scores =
        CrossValidation.scores(
            () -> new BernoulliNaiveBayes().binarize(4).alpha(10), digits.x(), digits.y(), 10);
    assertThat(scores).containsExactly(doubles(ref.get("bernoulliAlpha10Above4")), within(1e-12));
    assertThat(Arrays.stream(scores).average().orElseThrow()).isGreaterThan(0.83);
  }
}

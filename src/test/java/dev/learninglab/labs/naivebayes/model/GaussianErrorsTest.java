package dev.learninglab.labs.naivebayes.model;

import static dev.learninglab.labs.naivebayes.model.Fixtures.TOY_Y;
import static dev.learninglab.labs.naivebayes.model.Fixtures.toy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.learninglab.core.learn.Matrix;
import org.junit.jupiter.api.Test;

/** Bad input to the model gives a message that says what and where. */
class GaussianErrorsTest {

  @Test
  void nanInTrainingDataIsNamedWithItsPosition() {
    Matrix x = Matrix.of(new double[][] {{1, 2}, {3, Double.NaN}});
    assertThatThrownBy(() -> new GaussianNaiveBayes().fit(x, new int[] {0, 1}))
        .hasMessageContaining("Input X contains NaN at row 1, feature column 1");
  }

  @Test
  void nanInPredictionInputIsRejectedToo() {
    GaussianNaiveBayes nb = new GaussianNaiveBayes().fit(toy(), TOY_Y);
    assertThatThrownBy(() -> nb.predictProba(Matrix.of(new double[][] {{Double.NaN, 0}})))
        .hasMessageContaining("contains NaN at row 0");
  }

  @Test
  void aConstantFeatureWithoutSmoothingIsExplained() {
    Matrix x = Matrix.of(new double[][] {{1, 5}, {2, 5}, {8, 5}, {9, 5}});
    assertThatThrownBy(
            () -> new GaussianNaiveBayes().varSmoothing(0).fit(x, new int[] {0, 0, 1, 1}))
        .hasMessageContaining("Feature column 1 has zero variance within class 0")
        .hasMessageContaining("var_smoothing > 0");
  }

  @Test
  void aConstantFeatureWithDefaultSmoothingIsFine() {
    Matrix x = Matrix.of(new double[][] {{1, 5}, {2, 5}, {8, 5}, {9, 5}});
    GaussianNaiveBayes nb = new GaussianNaiveBayes().fit(x, new int[] {0, 0, 1, 1});
    assertThat(nb.predict(Matrix.of(new double[][] {{1.4, 5}}))).containsExactly(0);
  }

  @Test
  void emptyInputIsRejected() {
    assertThatThrownBy(() -> new GaussianNaiveBayes().fit(Matrix.zeros(0, 2), new int[0]))
        .hasMessageContaining("0 rows");
  }

  @Test
  void mismatchedLabelsAreRejected() {
    assertThatThrownBy(() -> new GaussianNaiveBayes().fit(toy(), new int[] {1, 2}))
        .hasMessage("X has 6 rows but y has 2 labels: they must match.");
  }

  @Test
  void predictingWithTheWrongFeatureCountIsRejected() {
    GaussianNaiveBayes nb = new GaussianNaiveBayes().fit(toy(), TOY_Y);
    assertThatThrownBy(() -> nb.predict(Matrix.of(new double[][] {{1, 2, 3}})))
        .hasMessage("X has 3 features, but the model was fitted with 2 features.");
  }

  @Test
  void negativeVarSmoothingIsRejected() {
    assertThatThrownBy(() -> new GaussianNaiveBayes().varSmoothing(-1))
        .hasMessageContaining("var_smoothing must be a finite number >= 0, got -1.0");
  }

  @Test
  void aSingleClassFitsLikeScikitLearnAndIsCertain() {
    GaussianNaiveBayes nb = new GaussianNaiveBayes().fit(toy(), new int[] {4, 4, 4, 4, 4, 4});
    assertThat(nb.predictProba(toy()).data()).containsOnly(1.0);
  }
}

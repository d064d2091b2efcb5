package dev.learninglab.labs.naivebayes.model;

import static dev.learninglab.labs.naivebayes.model.Fixtures.assertRelativelyClose;
import static dev.learninglab.labs.naivebayes.model.Fixtures.doubles;
import static dev.learninglab.labs.naivebayes.model.Fixtures.flat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.learn.Matrix;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Bernoulli and multinomial naive Bayes against scikit-learn's numbers and test facts. */
class DiscreteNaiveBayesTest {
  private static final Matrix BERNOULLI_X =
      Matrix.of(new double[][] {{1, 100, 0}, {0, 1, 0}, {0, 100, 1}});
  private static final Matrix MULTINOMIAL_X = Matrix.of(new double[][] {{0, 1}, {1, 3}, {4, 0}});

  private static void assertMatchesFixture(DiscreteNaiveBayes nb, JsonNode ref) {
    LabelledData digits = Fixtures.data(LabDatasets.DIGITS);
    int[] train = IntStream.range(0, 1000).toArray();
    int[] test = IntStream.range(1000, 1020).toArray();
    nb.fit(digits.x().selectRows(train), Arrays.copyOf(digits.y(), 1000));
    assertRelativelyClose(nb.classLogPrior(), doubles(ref.get("classLogPrior")), 1e-12);
    assertRelativelyClose(
        nb.predictLogProba(digits.x().selectRows(test)).data(), flat(ref.get("logProba")), 1e-9);
  }

  @Test
  void multinomialLogProbaEqualsScikitLearn() {
    assertMatchesFixture(
        new MultinomialNaiveBayes().alpha(1), Fixtures.json("discrete-nb.json").get("multinomial"));
  }

  @Test
  void bernoulliLogProbaEqualsScikitLearn() {
    assertMatchesFixture(
        new BernoulliNaiveBayes().binarize(4).alpha(1),
        Fixtures.json("discrete-nb.json").get("bernoulli"));
  }

  @Test
  void probabilitiesOfEveryRowSumToOne() {
    int[] y = {0, 1, 2};
    for (DiscreteNaiveBayes nb :
        new DiscreteNaiveBayes[] {new BernoulliNaiveBayes(), new MultinomialNaiveBayes()}) {
      Matrix x = nb instanceof BernoulliNaiveBayes ? BERNOULLI_X : MULTINOMIAL_X;
      Matrix p = nb.fit(x, y).predictProba(x);
      for (int i = 0; i < 3; i++) {
        assertThat(Arrays.stream(p.row(i)).sum()).isCloseTo(1.0, within(1e-7));
      }
    }
  }

  @Test
  void theLastToyRowIsItsOwnClass() {
    int[] y = {0, 0, 2};
    assertThat(
            new BernoulliNaiveBayes()
                .fit(BERNOULLI_X, y)
                .predict(BERNOULLI_X.selectRows(new int[] {2})))
        .containsExactly(2);
    assertThat(
            new MultinomialNaiveBayes()
                .fit(MULTINOMIAL_X, y)
                .predict(MULTINOMIAL_X.selectRows(new int[] {2})))
        .containsExactly(2);
  }

  @Test
  void withoutFitPriorThePriorIsUniform() {
    DiscreteNaiveBayes nb =
        new MultinomialNaiveBayes()
            .fitPrior(false)
            .fit(Matrix.of(new double[][] {{0}, {0}, {1}}), new int[] {0, 0, 1});
    assertThat(Arrays.stream(nb.classLogPrior()).map(Math::exp).toArray())
        .containsExactly(new double[] {0.5, 0.5}, within(1e-12));
  }

  @Test
  void givenClassPriorIsUsedAndChecked() {
    DiscreteNaiveBayes nb = new BernoulliNaiveBayes().classPrior(0.5, 0.5);
    nb.fit(Matrix.of(new double[][] {{0}, {0}, {1}}), new int[] {0, 0, 1});
    assertThat(Arrays.stream(nb.classLogPrior()).map(Math::exp).toArray())
        .containsExactly(new double[] {0.5, 0.5}, within(1e-12));
    assertThatThrownBy(() -> nb.fit(Matrix.of(new double[][] {{0}, {1}, {2}}), new int[] {0, 1, 2}))
        .hasMessageContaining("Number of priors must match number of classes");
  }

  @Test
  void sampleWeightsShiftThePrior() {
    DiscreteNaiveBayes nb =
        new MultinomialNaiveBayes()
            .fit(
                Matrix.of(new double[][] {{1, 2}, {1, 2}, {1, 0}}),
                new int[] {0, 0, 1},
                new double[] {1, 1, 4});
    assertThat(nb.predict(Matrix.of(new double[][] {{1, 0}}))).containsExactly(1);
    assertThat(Math.exp(nb.classLogPrior()[1])).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void partialFitsAddUpToOneFit() {
    Matrix x = Matrix.of(new double[][] {{0, 1}, {1, 0}, {1, 1}});
    int[] y = {0, 1, 1};
    DiscreteNaiveBayes whole = new BernoulliNaiveBayes().fit(x, y);
    DiscreteNaiveBayes parts = new BernoulliNaiveBayes();
    for (int i = 0; i < 3; i++) {
      parts.partialFit(
          x.selectRows(new int[] {i}), new int[] {y[i]}, i == 0 ? new int[] {0, 1} : null, null);
    }
    assertThat(parts.classCount()).containsExactly(whole.classCount());
    assertThat(parts.featureCounts().data()).containsExactly(whole.featureCounts().data());
  }

  @Test
  void multinomialRejectsNegativeCounts() {
    assertThatThrownBy(
            () ->
                new MultinomialNaiveBayes()
                    .fit(Matrix.of(new double[][] {{1}, {-2}}), new int[] {0, 1}))
        .hasMessageContaining("Negative values in data passed to MultinomialNB (input X): row 1");
  }

  @Test
  void tooSmallAlphaIsRaisedToTheFloor() {
    DiscreteNaiveBayes nb =
        new MultinomialNaiveBayes()
            .alpha(0)
            .fit(Matrix.of(new double[][] {{1, 0}, {0, 1}}), new int[] {0, 1});
    assertThat(nb.featureLogProb().get(0, 1))
        .isCloseTo(Math.log(1e-10 / (1 + 2e-10)), within(1e-9));
  }
}

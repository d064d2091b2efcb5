package dev.learninglab.labs.naivebayes.model;

import static dev.learninglab.labs.naivebayes.model.Fixtures.TOY_Y;
import static dev.learninglab.labs.naivebayes.model.Fixtures.toy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.learn.Matrix;
import java.util.Arrays;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The facts of scikit-learn's test_gnb_* tests, checked on our GaussianNaiveBayes. */
class GaussianNaiveBayesTest {
  private static final Offset<Double> EIGHT_DECIMALS = within(1.5e-8);
  private static final Offset<Double> SIX_DECIMALS = within(1.5e-6);

  @Test
  void toyDataIsPredictedPerfectly() {
    assertThat(new GaussianNaiveBayes().fit(toy(), TOY_Y).predict(toy())).containsExactly(TOY_Y);
  }

  @Test
  void logProbaIsTheLogOfProba() {
    GaussianNaiveBayes nb = new GaussianNaiveBayes().fit(toy(), TOY_Y);
    double[] proba = nb.predictProba(toy()).data();
    double[] logProba = nb.predictLogProba(toy()).data();
    for (int i = 0; i < proba.length; i++) {
      assertThat(Math.log(proba[i])).isCloseTo(logProba[i], EIGHT_DECIMALS);
    }
  }

  @Test
  void labelsOutsideTheGivenClassesAreRejected() {
    assertThatThrownBy(() -> new GaussianNaiveBayes().partialFit(toy(), TOY_Y, new int[] {0, 1}))
        .hasMessageContaining(
            "The target label(s) [2] in y do not exist in the initial classes [0, 1]");
  }

  @Test
  void empiricalPriorsAreClassShares() {
    assertThat(new GaussianNaiveBayes().fit(toy(), TOY_Y).classPrior())
        .containsExactly(new double[] {0.5, 0.5}, EIGHT_DECIMALS);
  }

  @Test
  void empiricalPriorsSumToOne() {
    Random random = new Random(0);
    double[][] x = new double[10][3];
    int[] y = new int[10];
    for (int i = 0; i < 10; i++) {
      Arrays.setAll(x[i], j -> random.nextGaussian());
      y[i] = i % 3 == 0 ? 1 : 0;
    }
    double[] prior = new GaussianNaiveBayes().fit(Matrix.of(x), y).classPrior();
    assertThat(Arrays.stream(prior).sum()).isCloseTo(1.0, EIGHT_DECIMALS);
  }

  @Test
  void unitSampleWeightsChangeNothing() {
    GaussianNaiveBayes plain = new GaussianNaiveBayes().fit(toy(), TOY_Y);
    double[] ones = new double[6];
    Arrays.fill(ones, 1);
    GaussianNaiveBayes weighted = new GaussianNaiveBayes().fit(toy(), TOY_Y, ones);
    assertThat(weighted.theta().data()).containsExactly(plain.theta().data(), SIX_DECIMALS);
    assertThat(weighted.var().data()).containsExactly(plain.var().data(), SIX_DECIMALS);
  }

  @Test
  void twoHalfWeightPartialFitsEqualOneFullWeightFit() {
    double[] sw = new Random(42).doubles(6).toArray();
    double[] half = Arrays.stream(sw).map(w -> w / 2).toArray();
    GaussianNaiveBayes once = new GaussianNaiveBayes().fit(toy(), TOY_Y, sw);
    GaussianNaiveBayes twice =
        new GaussianNaiveBayes().partialFit(toy(), TOY_Y, new int[] {1, 2}, half);
    twice.partialFit(toy(), TOY_Y, null, half);
    assertThat(twice.theta().data()).containsExactly(once.theta().data(), SIX_DECIMALS);
    assertThat(twice.var().data()).containsExactly(once.var().data(), SIX_DECIMALS);
  }

  @Test
  void duplicatedRowsEqualIntegerWeights() {
    int[] pick = new Random(7).ints(20, 0, 6).toArray();
    double[] counts = new double[6];
    for (int i : pick) {
      counts[i]++;
    }
    int[] yDup = Arrays.stream(pick).map(i -> TOY_Y[i]).toArray();
    GaussianNaiveBayes duplicated = new GaussianNaiveBayes().fit(toy().selectRows(pick), yDup);
    GaussianNaiveBayes weighted = new GaussianNaiveBayes().fit(toy(), TOY_Y, counts);
    assertThat(weighted.theta().data()).containsExactly(duplicated.theta().data(), SIX_DECIMALS);
    assertThat(weighted.var().data()).containsExactly(duplicated.var().data(), SIX_DECIMALS);
  }

  @Test
  void zeroWeightsOnAWholeClassDoNotDivideByZero() {
    double[] onlyClassOne = Arrays.stream(TOY_Y).mapToDouble(v -> v == 1 ? 1 : 0).toArray();
    GaussianNaiveBayes nb = new GaussianNaiveBayes().fit(toy(), TOY_Y, onlyClassOne);
    assertThat(nb.classPrior()).containsExactly(1.0, 0.0);
    assertThat(nb.theta().row(1)).containsExactly(0.0, 0.0);
    assertThat(nb.predict(toy())).containsOnly(1);
  }

  @Test
  void negativePriorsAreRejected() {
    assertThatThrownBy(() -> new GaussianNaiveBayes().priors(-1.0, 2.0).fit(toy(), TOY_Y))
        .hasMessageContaining("Priors must be non-negative");
  }

  @Test
  void givenPriorsShiftTheProbabilities() {
    GaussianNaiveBayes nb = new GaussianNaiveBayes().priors(0.3, 0.7).fit(toy(), TOY_Y);
    double[] p = nb.predictProba(Matrix.of(new double[][] {{-0.1, -0.1}})).data();
    assertThat(p)
        .containsExactly(new double[] {0.825303662161683, 0.174696337838317}, EIGHT_DECIMALS);
    assertThat(nb.classPrior()).containsExactly(0.3, 0.7);
  }

  @Test
  void priorsThatSumToOneOnlyUpToRoundingAreAccepted() {
    double[][] x = {
      {-1, -1}, {-2, -1}, {-3, -2}, {-4, -5}, {-5, -4}, {1, 1}, {2, 1}, {3, 2}, {4, 4}, {5, 5}
    };
    double[] priors = {0.08, 0.14, 0.03, 0.16, 0.11, 0.16, 0.07, 0.14, 0.11, 0.0};
    GaussianNaiveBayes nb =
        new GaussianNaiveBayes()
            .priors(priors)
            .fit(Matrix.of(x), new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
    assertThat(nb.classPrior()).containsExactly(priors);
  }

  @Test
  void priorCountMustMatchClassCount() {
    assertThatThrownBy(
            () -> new GaussianNaiveBayes().priors(0.25, 0.25, 0.25, 0.25).fit(toy(), TOY_Y))
        .hasMessageContaining("Number of priors must match number of classes");
  }

  @Test
  void priorsMustSumToOne() {
    assertThatThrownBy(() -> new GaussianNaiveBayes().priors(2.0, 1.0).fit(toy(), TOY_Y))
        .hasMessageContaining("The sum of the priors should be 1");
  }

  @Test
  void aLargelyBiasedPriorWinsNearTheBoundary() {
    GaussianNaiveBayes nb = new GaussianNaiveBayes().priors(0.01, 0.99).fit(toy(), TOY_Y);
    assertThat(nb.predict(Matrix.of(new double[][] {{-0.1, -0.1}}))).containsExactly(2);
  }

  @Test
  void aBatchWithoutAClassLeavesThatClassMeanAlone() {
    GaussianNaiveBayes nb = new GaussianNaiveBayes().partialFit(toy(), TOY_Y, new int[] {1, 2});
    double[] before = nb.theta().row(1);
    nb.partialFit(toy().selectRows(new int[] {0, 1}), new int[] {1, 1}, null);
    assertThat(nb.theta().row(1)).containsExactly(before);
  }

  @Test
  void partialFitOnAllDataEqualsFit() {
    GaussianNaiveBayes fit = new GaussianNaiveBayes().fit(toy(), TOY_Y);
    GaussianNaiveBayes partial =
        new GaussianNaiveBayes().partialFit(toy(), TOY_Y, new int[] {1, 2});
    assertSameModel(partial, fit);
  }

  @Test
  void partialFitOnEvenThenOddRowsEqualsFit() {
    GaussianNaiveBayes fit = new GaussianNaiveBayes().fit(toy(), TOY_Y);
    GaussianNaiveBayes partial =
        new GaussianNaiveBayes()
            .partialFit(
                toy().selectRows(new int[] {0, 2, 4}), new int[] {1, 1, 2}, new int[] {1, 2});
    partial.partialFit(toy().selectRows(new int[] {1, 3, 5}), new int[] {1, 2, 2}, null);
    assertSameModel(partial, fit);
  }

  private static void assertSameModel(GaussianNaiveBayes actual, GaussianNaiveBayes expected) {
    assertThat(actual.classPrior()).containsExactly(expected.classPrior(), SIX_DECIMALS);
    assertThat(actual.theta().data()).containsExactly(expected.theta().data(), SIX_DECIMALS);
    assertThat(actual.var().data()).containsExactly(expected.var().data(), SIX_DECIMALS);
  }

  @Test
  void scalingTheDataDoesNotChangeThePredictions() {
    LabelledData iris = Fixtures.data(LabDatasets.IRIS);
    int[] reference = new GaussianNaiveBayes().fit(iris.x(), iris.y()).predict(iris.x());
    for (double f : new double[] {1e-10, 1e10}) {
      Matrix scaled = iris.x().scaled(f);
      assertThat(new GaussianNaiveBayes().fit(scaled, iris.y()).predict(scaled))
          .as("scale %s", f)
          .containsExactly(reference);
    }
  }

  @Test
  void theFirstPartialFitNeedsTheClasses() {
    assertThatThrownBy(() -> new GaussianNaiveBayes().partialFit(toy(), TOY_Y, null))
        .hasMessageContaining("classes must be passed on the first call to partialFit");
  }

  @Test
  void laterPartialFitsMustKeepTheClasses() {
    GaussianNaiveBayes nb = new GaussianNaiveBayes().partialFit(toy(), TOY_Y, new int[] {1, 2});
    assertThatThrownBy(() -> nb.partialFit(toy(), TOY_Y, new int[] {0, 1, 2}))
        .hasMessageContaining("is not the same as on last call to partialFit, was: [1, 2]");
  }

  @Test
  void laterPartialFitsMustKeepTheFeatureCount() {
    GaussianNaiveBayes nb = new GaussianNaiveBayes().partialFit(toy(), TOY_Y, new int[] {1, 2});
    Matrix oneFeature = Matrix.of(new double[][] {{1}, {2}});
    assertThatThrownBy(() -> nb.partialFit(oneFeature, new int[] {1, 2}, null))
        .hasMessage("Number of features 1 does not match previous data 2.");
  }

  @Test
  void epsilonIsVarSmoothingTimesTheLargestFeatureVariance() {
    // toy columns have the same population variance: mean 0, squares sum 12, so 12/6 = 2
    GaussianNaiveBayes nb = new GaussianNaiveBayes().varSmoothing(0.5).fit(toy(), TOY_Y);
    assertThat(nb.epsilon()).isEqualTo(1.0);
  }

  @Test
  void predictingBeforeFittingSaysSo() {
    assertThatThrownBy(() -> new GaussianNaiveBayes().predict(toy()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not fitted yet");
  }
}

package dev.learninglab.labs.naivebayes.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.learn.Matrix;
import org.junit.jupiter.api.Test;

/** The numbers the tutorial prints, recomputed: the walk-through at (-2, 5) and the final table. */
class TutorialNumbersTest {
  private final LabelledData blobs = Fixtures.data(LabDatasets.BLOBS20);

  @Test
  void priorsMeansAndStdsAreTheTutorials() {
    GaussianNaiveBayes nb = new GaussianNaiveBayes().varSmoothing(0).fit(blobs.x(), blobs.y());
    assertThat(nb.classPrior()).containsExactly(new double[] {0.35, 0.35, 0.3}, within(1e-15));
    assertThat(nb.theta().data())
        .containsExactly(
            new double[] {0.90889988, 0.49985176, 5.4111385, 4.6491892, -4.7841679, 5.15385848},
            within(5e-8));
    double[] std = java.util.Arrays.stream(nb.var().data()).map(Math::sqrt).toArray();
    assertThat(std)
        .containsExactly(
            new double[] {0.6853714, 0.9789976, 1.40218915, 0.67078568, 0.88192625, 1.12879666},
            within(5e-8));
  }

  @Test
  void unnormalisedScoresAtMinus2And5AreTheTutorials() {
    GaussianNaiveBayes nb = new GaussianNaiveBayes().varSmoothing(0).fit(blobs.x(), blobs.y());
    Derivation d = Derivation.of(nb, new double[] {-2, 5});
    for (int c = 0; c < 3; c++) {
      assertThat(d.classes().get(c).score())
          .isCloseTo(TutorialReference.SCORES_AT_MINUS2_5[c], within(5e-13));
    }
    assertThat(d.linearPosterior()).containsExactly(d.posterior(), within(1e-15));
  }

  @Test
  void ourProbabilitiesRoundToScikitLearnsPublishedOnes() {
    Matrix p =
        new GaussianNaiveBayes()
            .fit(blobs.x(), blobs.y())
            .predictProba(Matrix.of(TutorialReference.POINTS));
    for (int i = 0; i < 3; i++) {
      for (int c = 0; c < 3; c++) {
        assertThat(TutorialReference.printed(p.get(i, c)))
            .isEqualTo(TutorialReference.SKLEARN_PROBA[i][c]);
      }
    }
  }

  @Test
  void theLinearSpaceWayWithoutSmoothingRoundsToTheTutorialsOwnOutput() {
    GaussianNaiveBayes nb = new GaussianNaiveBayes().varSmoothing(0).fit(blobs.x(), blobs.y());
    Matrix p = LinearSpaceNaiveBayes.predictProba(nb, Matrix.of(TutorialReference.POINTS));
    for (int i = 0; i < 3; i++) {
      for (int c = 0; c < 3; c++) {
        assertThat(TutorialReference.printed(p.get(i, c)))
            .isEqualTo(TutorialReference.TUTORIAL_PROBA[i][c]);
      }
    }
    assertThat(nb.predict(Matrix.of(TutorialReference.POINTS)))
        .containsExactly(TutorialReference.PREDICT);
  }

  @Test
  void farFromTheDataTheLinearWayIsZeroOverZeroAndLogSpaceIsNot() {
    GaussianNaiveBayes nb = new GaussianNaiveBayes().fit(blobs.x(), blobs.y());
    Derivation d = Derivation.of(nb, new double[] {60, -60});
    assertThat(d.linearUnderflow()).isTrue();
    assertThat(d.linearPosterior()).containsOnly(Double.NaN);
    assertThat(java.util.Arrays.stream(d.posterior()).sum()).isCloseTo(1.0, within(1e-12));
    RegionGrid grid = RegionGrid.of(nb, -60, 60, -60, 60, 40, 40, true);
    assertThat(grid.undefinedCount()).isPositive();
    assertThat(RegionGrid.of(nb, -60, 60, -60, 60, 40, 40, false).undefinedCount()).isZero();
  }
}

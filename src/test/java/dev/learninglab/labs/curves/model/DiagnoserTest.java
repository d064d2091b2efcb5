package dev.learninglab.labs.curves.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiagnoserTest {
  private static final LabelledData IRIS = Fixtures.iris();

  @ParameterizedTest
  @CsvSource({"1, GOOD_FIT", "1e4, OVERFITTING", "1e-4, UNDERFITTING"})
  void theTutorialsThreeSettingsAreRecognised(double c, Verdict expected) {
    for (long seed = 0; seed < 3; seed++) {
      Diagnosis d = diagnose(c, seed);
      assertThat(d.verdict()).as("C=%s seed %d: %s", c, seed, d.reasons()).isEqualTo(expected);
      assertThat(d.reasons()).hasSizeGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void reasonsQuoteTheMeasuredLosses() {
    Diagnosis d = diagnose(1e-4, 0);
    assertThat(d.reasons().get(0))
        .contains(String.format(java.util.Locale.ROOT, "%.3f", d.finalTrainLoss()));
    assertThat(d.reasons().get(1)).contains("chance level");
  }

  @Test
  void theLastReasonGivesTheSpreadAcrossFoldsThatTheArticleReads() {
    // iris, seed 0: the underfit spread (C = 1e-4) is not below the good fit's (C = 1)
    String underfit = last(diagnose(1e-4, 0));
    String good = last(diagnose(1, 0));
    assertThat(underfit).contains("standard deviation of 0.034").contains("article");
    assertThat(good).contains("standard deviation of 0.025");
  }

  private static String last(Diagnosis d) {
    return d.reasons().get(d.reasons().size() - 1);
  }

  @Test
  void chanceLossOfThreeBalancedClassesIsLogThree() {
    assertThat(Diagnoser.chanceLoss(IRIS.y(), 3)).isCloseTo(Math.log(3), within(1e-12));
  }

  private static Diagnosis diagnose(double c, long seed) {
    LearningCurveResult r =
        LearningCurve.compute(
            IRIS, c, 5, LearningCurve.linspace(0.1, 1, 10), seed, Progress.none());
    return Diagnoser.diagnose(r, Diagnoser.chanceLoss(IRIS.y(), 3));
  }
}

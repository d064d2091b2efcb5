package dev.learninglab.labs.curves.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.learn.LabelledData;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
  private final LabelledData iris = Fixtures.iris();

  @Test
  void exactFitIsScikitLearnsOptimumAtC1() {
    FittedLogistic fit = LogisticRegression.exact(1.0).fit(iris);
    assertThat(fit.converged()).isTrue();
    assertCoefficients(fit, Fixtures.sklearn().at("/logistic/multinomialC1"), 1e-6);
  }

  /**
   * Where scipy's relative-decrease test fires depends on rounding (the same scipy call with the
   * parameters in another order stops 3e-4 elsewhere), so scikit-learn's default coefficients are
   * matched to the scale of their own distance from the optimum, not to 1e-4.
   */
  @Test
  void scikitLearnStoppingLandsWhereItsDefaultSolverDoes() {
    FittedLogistic fit = LogisticRegression.likeScikitLearn(1.0, 1000).fit(iris);
    assertCoefficients(fit, Fixtures.sklearn().at("/logistic/multinomialC1Default"), 2e-3);
  }

  @Test
  void theTwoStoppingRulesReallyDiffer() {
    double exact = LogisticRegression.exact(1.0).fit(iris).coef()[2][3];
    double early = LogisticRegression.likeScikitLearn(1.0, 1000).fit(iris).coef()[2][3];
    assertThat(Math.abs(exact - early)).isGreaterThan(1e-4);
  }

  private static void assertCoefficients(FittedLogistic fit, JsonNode ref, double tolerance) {
    for (int k = 0; k < 3; k++) {
      assertThat(fit.coef()[k])
          .containsExactly(Fixtures.doubles(ref.get("coef").get(k)), within(tolerance));
    }
    assertThat(fit.intercept())
        .containsExactly(Fixtures.doubles(ref.get("intercept")), within(tolerance));
  }

  @Test
  void probabilitiesMatchScikitLearn() {
    FittedLogistic fit = LogisticRegression.exact(1.0).fit(iris);
    JsonNode rows = Fixtures.sklearn().at("/logistic/multinomialC1/proba_first_rows");
    int[] which = {0, 60, 120};
    for (int i = 0; i < which.length; i++) {
      assertThat(fit.probabilities(iris.x().row(which[i])))
          .containsExactly(Fixtures.doubles(rows.get(i)), within(1e-6));
    }
  }

  @Test
  void twoClassesGiveScikitLearnsBinaryModel() {
    int[] rows = IntStream.range(0, iris.rows()).filter(i -> iris.y()[i] > 0).toArray();
    FittedLogistic fit = LogisticRegression.exact(1.0).fit(iris.subset(rows));
    JsonNode ref = Fixtures.sklearn().at("/logistic/binaryC1");
    assertThat(fit.classes()).containsExactly(1, 2);
    assertThat(fit.coef()).hasNumberOfRows(1);
    assertThat(fit.coef()[0])
        .containsExactly(Fixtures.doubles(ref.get("coef").get(0)), within(1e-4));
    assertThat(fit.intercept()[0]).isCloseTo(ref.get("intercept").get(0).asDouble(), within(1e-4));
    assertThat(fit.probabilities(iris.x().row(0))[0]).isZero();
  }

  @Test
  void oneClassIsRefusedWithItsName() {
    assertThatThrownBy(() -> LogisticRegression.exact(1.0).fit(iris.subset(new int[] {0, 1, 2})))
        .isInstanceOf(SingleClassException.class)
        .hasMessageContaining("setosa");
  }

  @Test
  void nonPositiveCIsRefused() {
    assertThatThrownBy(() -> LogisticRegression.exact(0)).hasMessageContaining("C must be");
  }
}

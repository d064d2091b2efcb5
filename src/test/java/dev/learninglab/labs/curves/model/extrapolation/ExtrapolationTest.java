package dev.learninglab.labs.curves.model.extrapolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExtrapolationTest {
  private static final double[] N = {500, 1000, 2000, 3000, 4000, 5000, 6000, 8000};

  @Test
  void powerLawRecoversKnownParameters() {
    double[] y = new double[N.length];
    for (int i = 0; i < N.length; i++) {
      y[i] = 0.93 - 2.5 * Math.pow(N[i], -0.6);
    }
    PowerLawFit fit = PowerLawFit.fit(N, y);
    assertThat(fit.parameters().get("a")).isCloseTo(0.93, within(1e-6));
    assertThat(fit.parameters().get("b")).isCloseTo(2.5, within(1e-4));
    assertThat(fit.parameters().get("c")).isCloseTo(0.6, within(1e-6));
  }

  @Test
  void bandCoversTheTruthAndWidensBeyondTheData() {
    Random noise = new Random(1);
    double[] y = new double[N.length];
    for (int i = 0; i < N.length; i++) {
      y[i] = 0.93 - 2.5 * Math.pow(N[i], -0.6) + 0.002 * noise.nextGaussian();
    }
    PowerLawFit fit = PowerLawFit.fit(N, y);
    double truthFar = 0.93 - 2.5 * Math.pow(20000, -0.6);
    assertThat(Math.abs(fit.predict(20000) - truthFar)).isLessThan(fit.bandHalfWidth(20000));
    assertThat(fit.bandHalfWidth(20000)).isGreaterThan(fit.bandHalfWidth(4000));
  }

  @Test
  void quadraticAndLogarithmAreExactOnTheirOwnCurves() {
    double[] quad = new double[N.length];
    double[] log = new double[N.length];
    for (int i = 0; i < N.length; i++) {
      quad[i] = 0.2 + 1e-4 * N[i] - 5e-9 * N[i] * N[i];
      log[i] = 0.1 + 0.08 * Math.log(N[i]);
    }
    assertThat(SimpleFits.quadratic(N, quad).predict(7000))
        .isCloseTo(0.2 + 0.7 - 5e-9 * 49e6, within(1e-9));
    assertThat(SimpleFits.logarithm(N, log).parameters().get("b")).isCloseTo(0.08, within(1e-12));
  }

  @Test
  void dataNeededForATargetInvertsThePowerLaw() {
    double[] y = new double[N.length];
    for (int i = 0; i < N.length; i++) {
      y[i] = 0.95 - 3 * Math.pow(N[i], -0.5);
    }
    List<Extrapolation.Fit> fits =
        Extrapolation.run(java.util.Arrays.stream(N).mapToInt(d -> (int) d).toArray(), y, 6, 0.93);
    double exact = Math.pow(3 / 0.02, 2); // 0.95 − 3/√n = 0.93
    assertThat(fits.get(0).sizeForTarget()).isCloseTo(exact, within(2.0));
    assertThat(fits.get(0).predictions().get(7).extrapolated()).isTrue();
    double[] capped = new double[N.length];
    for (int i = 0; i < N.length; i++) {
      capped[i] = 0.9 - 40 / N[i];
    }
    int[] sizes = java.util.Arrays.stream(N).mapToInt(d -> (int) d).toArray();
    assertThat(Extrapolation.run(sizes, capped, 6, 0.95).get(0).sizeForTarget())
        .as("above the asymptote 0.9")
        .isNull();
  }

  /** A target crossed between measured sizes is found there, not at the last fitted size. */
  @Test
  void aTargetReachedInsideTheFittedRangeIsFoundWhereTheCurveCrossesIt() {
    double[] y = new double[N.length];
    for (int i = 0; i < N.length; i++) {
      y[i] = 0.95 - 3 * Math.pow(N[i], -0.5);
    }
    int[] sizes = java.util.Arrays.stream(N).mapToInt(d -> (int) d).toArray();
    double exact = Math.pow(3 / 0.1, 2); // 0.95 − 3/√n = 0.85 at n = 900, between 500 and 1000
    assertThat(Extrapolation.run(sizes, y, 6, 0.85).get(0).sizeForTarget())
        .isCloseTo(exact, within(2.0));
  }

  /** Points that a logarithm fits best pull the power law towards c → 0; it must still fit. */
  @Test
  void powerLawStaysFiniteOnLogarithmLikePoints() {
    double[] y = new double[N.length];
    for (int i = 0; i < N.length; i++) {
      y[i] = 0.5 + 0.053 * Math.log(N[i]);
    }
    PowerLawFit fit = PowerLawFit.fit(N, y);
    assertThat(fit.parameters().get("a")).isLessThanOrEqualTo(1.0);
    for (int i = 0; i < N.length; i++) {
      assertThat(fit.predict(N[i])).isCloseTo(y[i], within(0.02));
    }
  }

  @Test
  void tooFewPointsAreRefused() {
    assertThatThrownBy(() -> Extrapolation.fitAll(new double[] {1, 2}, new double[] {0.1, 0.2}, 2))
        .hasMessageContaining("--fit-first");
  }
}

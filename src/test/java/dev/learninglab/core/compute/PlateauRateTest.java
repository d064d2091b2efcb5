package dev.learninglab.core.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlateauRateTest {

  @Test
  void halvesTheRateAfterEachPatienceOfEpochsWithoutImprovement() {
    PlateauRate rate = new PlateauRate(1e-3f, 0.5f, 2, 1e-5f);
    rate.observe(25.0);
    rate.observe(24.0);
    assertThat(rate.getNewValue(100)).isEqualTo(1e-3f); // one flat epoch is not a plateau
    rate.observe(24.5);
    assertThat(rate.getNewValue(200)).isEqualTo(5e-4f);
    rate.observe(24.9);
    assertThat(rate.rate()).isEqualTo(5e-4f);
    rate.observe(24.9); // two more flat epochs: halved again
    assertThat(rate.rate()).isEqualTo(2.5e-4f);
    rate.observe(26.0); // an improvement keeps the rate and restarts the count
    rate.observe(25.0);
    assertThat(rate.rate()).isEqualTo(2.5e-4f);
  }

  @Test
  void neverFallsBelowItsFloor() {
    PlateauRate rate = new PlateauRate(1e-3f, 0.1f, 1, 5e-5f);
    rate.observe(1.0);
    for (int i = 0; i < 5; i++) {
      rate.observe(0.0);
    }
    assertThat(rate.rate()).isEqualTo(5e-5f);
  }

  @Test
  void hearsTheValidationScoreOfEachEpochReport() {
    PlateauRate rate = new PlateauRate(1e-3f, 0.5f, 1, 0f);
    rate.epochEnded(new EpochReport(1, 9, 0.01, 30.0, true, 100, 1));
    rate.epochEnded(new EpochReport(2, 9, 0.01, 29.0, false, 100, 1));
    assertThat(rate.rate()).isEqualTo(5e-4f);
  }

  @Test
  void refusesAFactorOutsideZeroToOne() {
    assertThatThrownBy(() -> new PlateauRate(1e-3f, 1f, 2, 0f))
        .hasMessageContaining("plateau factor");
  }
}

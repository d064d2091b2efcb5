package dev.learninglab.labs.curves.model.size;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The run's time left from measured progress: pure numbers, no clock. */
class RunEtaTest {
  @Test
  void saysEstimatingUntilFivePercentOfTheWorkIsDone() {
    assertThat(RunEta.text(3, 10, 0, 1000)).isEqualTo("estimating…");
    assertThat(RunEta.text(3, 49, 0, 1000)).isEqualTo("estimating…");
    assertThat(RunEta.text(3, 50, 0, 1000)).isNotEqualTo("estimating…");
  }

  @Test
  void extrapolatesTheMeasuredRateOverTheWorkLeft() {
    // 100 image-epochs in 10 s: 900 left take 90 s
    assertThat(RunEta.seconds(10, 100, 0, 1000)).isCloseTo(90, within(1e-9));
    assertThat(RunEta.text(10, 100, 0, 1000)).isEqualTo("1 min 30 s");
  }

  @Test
  void workDoneBeforeTheFirstStepCountsAsDoneButNotForTheRate() {
    // 40 were done when measuring began (set-up time unknown); 60 more took 6 s; 900 left → 90 s
    assertThat(RunEta.seconds(6, 60, 40, 1000)).isCloseTo(90, within(1e-9));
  }

  @Test
  void theFirstStepAloneGivesNoEstimate() {
    // the case of the 8 min 47 s first estimate: one batch of a tiny first size after start-up
    assertThat(RunEta.seconds(0, 0, 3, 79_000)).isNaN();
    assertThat(RunEta.seconds(2.5, 3, 0, 79_000)).isNaN();
  }

  @Test
  void aFinishedRunHasNothingLeft() {
    assertThat(RunEta.seconds(50, 1000, 0, 1000)).isZero();
    assertThat(RunEta.seconds(50, 10, 0, 0)).isNaN();
  }
}

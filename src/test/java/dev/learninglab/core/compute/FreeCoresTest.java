package dev.learninglab.core.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FreeCoresTest {

  @Test
  void theCoresLeftByTheLoadRoundedToTheNearestCore() {
    assertThat(FreeCores.of(8, 0.0)).isEqualTo(8);
    assertThat(FreeCores.of(8, 0.4)).isEqualTo(8);
    assertThat(FreeCores.of(8, 0.6)).isEqualTo(7);
    assertThat(FreeCores.of(2, 1.0)).isEqualTo(1);
    assertThat(FreeCores.of(8, 2.5)).isEqualTo(5);
  }

  @Test
  void neverFewerThanOneNorMoreThanAvailable() {
    assertThat(FreeCores.of(2, 6.4)).isEqualTo(1);
    assertThat(FreeCores.of(1, 0.9)).isEqualTo(1);
    assertThat(FreeCores.of(4, 1e9)).isEqualTo(1);
  }

  @Test
  void anUnknownLoadLeavesEveryCore() {
    assertThat(FreeCores.of(4, -1)).isEqualTo(4);
    assertThat(FreeCores.of(4, Double.NaN)).isEqualTo(4);
  }

  @Test
  void refusesNoCores() {
    assertThatThrownBy(() -> FreeCores.of(0, 0)).hasMessageContaining("must be ≥ 1");
  }

  @Test
  void nowIsWithinTheMachinesCores() {
    assertThat(FreeCores.now()).isBetween(1, Runtime.getRuntime().availableProcessors());
  }
}

package dev.learninglab.core.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PatienceTest {

  @Test
  void reachesThePatienceOnlyAfterThatManyEpochsInARowWithoutImprovement() {
    Patience patience = new Patience(2);
    assertThat(patience.observe(30.0)).isFalse();
    assertThat(patience.observe(29.0)).isFalse(); // 1 stale
    assertThat(patience.observe(31.0)).isFalse(); // improved: counting starts again
    assertThat(patience.observe(31.0)).isFalse(); // equal is no improvement
    assertThat(patience.observe(30.5)).isTrue();
    assertThat(patience.stale()).isEqualTo(2);
  }

  @Test
  void aNaNScoreNeverCountsAsAnImprovement() {
    Patience patience = new Patience(1);
    assertThat(patience.observe(20.0)).isFalse();
    assertThat(patience.observe(Double.NaN)).isTrue();
  }

  @Test
  void refusesAPatienceBelowOne() {
    assertThatThrownBy(() -> new Patience(0)).hasMessageContaining("patience must be ≥ 1");
  }
}

package dev.learninglab.labs.editdistance.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StepCursorTest {
  private final StepCursor c = new StepCursor(2, 3);

  @Test
  void startsEmpty() {
    assertThat(c.filled()).isZero();
    assertThat(c.currentRow()).isEqualTo(-1);
    assertThat(c.back()).isFalse();
  }

  @Test
  void fillsRowByRow() {
    for (int i = 0; i < 4; i++) {
      c.step();
    }
    assertThat(c.currentRow()).isEqualTo(1);
    assertThat(c.currentCol()).isZero();
    assertThat(c.isFilled(0, 2)).isTrue();
    assertThat(c.isFilled(1, 1)).isFalse();
  }

  @Test
  void stopsAtTheEndAndResets() {
    c.jumpToEnd();
    assertThat(c.complete()).isTrue();
    assertThat(c.step()).isFalse();
    c.reset();
    assertThat(c.filled()).isZero();
  }
}

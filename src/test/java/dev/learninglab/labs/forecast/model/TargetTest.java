package dev.learninglab.labs.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TargetTest {
  @Test
  void nextIsTheDayAfterTheWindowAndWindowMeanTheAverageEndingThen() {
    double[] x = {1, 2, 3, 4, 5, 6};
    Protocol p = new Protocol(3);
    assertThat(Target.NEXT.label(x, p, 1)).isEqualTo(5); // rows 1..3 → row 4
    assertThat(Target.WINDOW_MEAN.label(x, p, 1)).isCloseTo((3 + 4 + 5) / 3.0, within(1e-12));
  }

  @Test
  void theProtocolSplitsChronologically() {
    Protocol p = new Protocol(50);
    assertThat(p.windows(1047)).isEqualTo(997);
    assertThat(p.trainWindows(1047)).isEqualTo(797);
    assertThat(p.testWindows(1047)).isEqualTo(200);
    assertThat(p.trainRows(1047)).isEqualTo(847);
  }
}

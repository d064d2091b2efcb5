package dev.learninglab.labs.smell.model.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AxisRangeTest {
  @Test
  void farOutliersDoNotStretchTheRange() {
    double[] v = new double[1000];
    for (int i = 0; i < v.length; i++) {
      v[i] = i / 999.0; // 0 … 1
    }
    v[0] = -500;
    v[999] = 800;
    AxisRange r = AxisRange.robust(v);
    assertThat(r.min()).isCloseTo(0.01, within(0.005));
    assertThat(r.max()).isCloseTo(0.99, within(0.005));
    assertThat(r.contains(0.5)).isTrue();
    assertThat(r.contains(800)).isFalse();
  }

  @Test
  void oneValueIsItsOwnRange() {
    assertThat(AxisRange.robust(new double[] {3})).isEqualTo(new AxisRange(3, 3));
  }
}

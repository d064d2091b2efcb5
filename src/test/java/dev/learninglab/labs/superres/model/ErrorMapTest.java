package dev.learninglab.labs.superres.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ErrorMapTest {
  @Test
  void anExactPixelIsBlackAndAnErrorIsBrightenedPerChannel() {
    RgbImage original = new RgbImage(2, 1, new int[] {0xFF102030, 0xFF808080});
    RgbImage restored = new RgbImage(2, 1, new int[] {0xFF102030, 0xFF7A8A00});
    RgbImage map = ErrorMap.of(original, restored);
    assertThat(map.rgb()[0]).isEqualTo(0xFF000000);
    // |0x80−0x7A| = 6, |0x80−0x8A| = 10, |0x80−0x00| = 128: ×4, capped at 255
    assertThat(map.rgb()[1]).isEqualTo(0xFF000000 | 24 << 16 | 40 << 8 | 255);
  }

  @Test
  void picturesOfDifferentSizesAreRefused() {
    RgbImage a = new RgbImage(2, 1, new int[2]);
    RgbImage b = new RgbImage(1, 1, new int[1]);
    assertThatThrownBy(() -> ErrorMap.of(a, b)).hasMessageContaining("2×1 and 1×1");
  }
}

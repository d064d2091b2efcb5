package dev.learninglab.core.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitTest {
  @Test
  void aRandomHoldOutPartsEveryRowOnceWithTheShareAsked() {
    Split s = Split.randomHoldOut(4316, 0.2, new Random(42));
    assertThat(s.test()).hasSize(863);
    assertThat(s.train()).hasSize(4316 - 863);
    assertThat(IntStream.concat(IntStream.of(s.train()), IntStream.of(s.test())).sorted().toArray())
        .isEqualTo(IntStream.range(0, 4316).toArray());
    assertThat(Split.randomHoldOut(4316, 0.2, new Random(42)).test()).isEqualTo(s.test());
    assertThat(s.test()).isNotEqualTo(IntStream.range(0, 863).toArray());
  }
}

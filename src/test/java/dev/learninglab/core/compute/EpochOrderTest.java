package dev.learninglab.core.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EpochOrderTest {
  @Test
  void everySampleOncePerEpochInBatchesAndTheSameOrderForTheSameSeed() {
    EpochOrder a = new EpochOrder(10, 4);
    EpochOrder b = new EpochOrder(10, 4);
    a.shuffle(new Random(7));
    b.shuffle(new Random(7));
    assertThat(a.batches()).isEqualTo(3);
    assertThat(a.batch(2)).hasSize(2);
    int[] all =
        IntStream.range(0, a.batches()).flatMap(i -> Arrays.stream(a.batch(i))).sorted().toArray();
    assertThat(all).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(a.batch(0)).containsExactly(b.batch(0));
  }
}

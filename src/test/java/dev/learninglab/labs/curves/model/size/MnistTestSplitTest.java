package dev.learninglab.labs.curves.model.size;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.Progress;
import dev.learninglab.testing.Mirror;
import org.junit.jupiter.api.Test;

/** The catalogued MNIST test split, read through the mirror (skipped when no mirror is set). */
class MnistTestSplitTest {

  @Test
  void tenThousandImagesSplitEightToTwo() throws Exception {
    Mirror.assumeDatasets("mnist-test");
    TrainTest t = SizeDataset.MNIST_TEST.load(DatasetResolver.standard(), Progress.none());
    assertThat(t.pool().count()).isEqualTo(8000);
    assertThat(t.test().count()).isEqualTo(2000);
    assertThat(t.pool().height()).isEqualTo(28);
    int[] counts = new int[10];
    for (int y : t.test().labels()) {
      counts[y]++;
    }
    assertThat(java.util.Arrays.stream(counts).boxed().toList())
        .allSatisfy(c -> assertThat(c).isBetween(150, 260));
  }
}

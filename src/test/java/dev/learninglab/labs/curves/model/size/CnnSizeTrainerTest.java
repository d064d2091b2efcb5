package dev.learninglab.labs.curves.model.size;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.Progress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny run of the tutorial CNN on digits: it learns, and the cache spares a second run. */
class CnnSizeTrainerTest {
  private static TrainTest digits;

  @TempDir Path cacheDir;

  @BeforeAll
  static void load() throws Exception {
    digits = SizeDataset.DIGITS.load(DatasetResolver.standard(), Progress.none());
  }

  @Test
  void digitsAreSplitIntoPoolAndHeldOutTest() {
    assertThat(digits.pool().count()).isEqualTo(1797 - 360);
    assertThat(digits.test().count()).isEqualTo(360);
    assertThat(digits.pool().height()).isEqualTo(8);
  }

  @Test
  void trainingLowersTheLossAndBeatsChance() throws Exception {
    SizePoint one = new CnnSizeTrainer(1, 0).train(digits, 300, Progress.none());
    SizePoint four = new CnnSizeTrainer(4, 0).train(digits, 300, Progress.none());
    assertThat(four.finalLoss()).isLessThan(one.finalLoss());
    assertThat(four.finalLoss()).isLessThan(Math.log(10));
    assertThat(four.accuracy()).isGreaterThan(0.5);
  }

  @Test
  void cachedPointsAreNotRetrained() throws Exception {
    SizeCache cache = new SizeCache(cacheDir, "digits", 1, 0);
    SizeExperiment experiment = new SizeExperiment(new CnnSizeTrainer(1, 0), cache);
    List<SizePoint> first = experiment.run(digits, new int[] {64, 128}, Progress.none());
    List<SizePoint> again = experiment.run(digits, new int[] {64, 128}, Progress.none());
    assertThat(again).isEqualTo(first);
    assertThat(cache.points()).extracting(SizePoint::size).containsExactly(64, 128);
  }

  @Test
  void defaultSizesAreTenEvenSteps() {
    assertThat(SizeExperiment.defaultSizes(8000, 10))
        .containsExactly(800, 1600, 2400, 3200, 4000, 4800, 5600, 6400, 7200, 8000);
  }
}

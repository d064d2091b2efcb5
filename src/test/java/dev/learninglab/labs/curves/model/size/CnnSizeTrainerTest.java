package dev.learninglab.labs.curves.model.size;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.learninglab.core.compute.TrainingDiverged;
import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.Progress;
import java.nio.file.Files;
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
    SizePoint one = new CnnSizeTrainer(1).train(digits, 300, 0, Progress.none());
    SizePoint four = new CnnSizeTrainer(4).train(digits, 300, 0, Progress.none());
    assertThat(four.finalLoss()).isLessThan(one.finalLoss());
    assertThat(four.finalLoss()).isLessThan(Math.log(10));
    assertThat(four.accuracy()).isGreaterThan(0.5);
  }

  @Test
  void cachedPointsAreNotRetrained() throws Exception {
    SizeCache cache = new SizeCache(cacheDir, "digits", 1, 0);
    SizeExperiment experiment =
        new SizeExperiment(new CnnSizeTrainer(1), SizeReport.caches(cacheDir, "digits", 1));
    List<SizeMean> first = experiment.run(digits, new int[] {64, 128}, 0, 1, Progress.none());
    List<SizeMean> again = experiment.run(digits, new int[] {64, 128}, 0, 1, Progress.none());
    assertThat(again).isEqualTo(first);
    assertThat(cache.points()).extracting(SizePoint::size).containsExactly(64, 128);
  }

  @Test
  void aSeedGivesTheSamePointEveryTimeAndAnotherSeedAnotherOne() throws Exception {
    CnnSizeTrainer trainer = new CnnSizeTrainer(1);
    SizePoint seed3 = trainer.train(digits, 96, 3, Progress.none());
    SizePoint seed3Again = trainer.train(digits, 96, 3, Progress.none());
    SizePoint seed4 = trainer.train(digits, 96, 4, Progress.none());
    assertThat(seed3Again.accuracy()).isEqualTo(seed3.accuracy());
    assertThat(seed3Again.finalLoss()).isEqualTo(seed3.finalLoss());
    assertThat(seed4.finalLoss()).isNotEqualTo(seed3.finalLoss());
  }

  @Test
  void defaultSizesAreTenEvenSteps() {
    assertThat(SizeExperiment.defaultSizes(8000, 10))
        .containsExactly(800, 1600, 2400, 3200, 4000, 4800, 5600, 6400, 7200, 8000);
  }

  @Test
  void aRunThatDivergesSaysWhereAndLeavesTheCacheByteForByte() throws Exception {
    SizeCache cache = new SizeCache(cacheDir, "digits", 1, 0);
    new SizeExperiment(new CnnSizeTrainer(1), SizeReport.caches(cacheDir, "digits", 1))
        .run(digits, new int[] {64}, 0, 1, Progress.none());
    byte[] before = Files.readAllBytes(cache.file());

    SizeExperiment diverging =
        new SizeExperiment(new CnnSizeTrainer(1, 1e30f), SizeReport.caches(cacheDir, "digits", 1));
    assertThatThrownBy(() -> diverging.run(digits, new int[] {64, 128}, 0, 1, Progress.none()))
        .isInstanceOfSatisfying(TrainingDiverged.class, e -> assertThat(e.epoch()).isEqualTo(1))
        .hasMessageStartingWith("Training diverged at epoch 1, step ")
        .hasMessageContaining("try a lower learning rate");
    assertThat(Files.readAllBytes(cache.file())).isEqualTo(before);
  }
}

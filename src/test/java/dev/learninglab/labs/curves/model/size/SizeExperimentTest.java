package dev.learninglab.labs.curves.model.size;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.learninglab.core.task.Progress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repeats per size without a network: a stand-in trainer whose accuracy is a known function of the
 * size and the seed, so the means, deviations and the cache's part can be checked exactly.
 */
class SizeExperimentTest {
  @TempDir Path cacheDir;

  private final List<String> trained = new ArrayList<>();

  /** accuracy = size/1000 + seed/100: seeds 0, 1, 2 at size 500 give 0.50, 0.51, 0.52. */
  private final SizeTrainer fake =
      (data, size, seed, progress) -> {
        trained.add(size + "/" + seed);
        progress.report(1, 2, "epoch 1/2 · ETA 9 min");
        progress.report(2, 2, "epoch 2/2 · ETA 0 s");
        return new SizePoint(size, size / 1000.0 + seed / 100.0, 1.0 + seed, 2, 0.1);
      };

  private SizeExperiment experiment() {
    return new SizeExperiment(fake, SizeReport.caches(cacheDir, "fake", 2));
  }

  @Test
  void eachSizeIsTheMeanAndSampleStdOfItsRepeats() throws Exception {
    List<SizeMean> means = experiment().run(null, new int[] {500, 700}, 0, 3, Progress.none());
    assertThat(means).extracting(SizeMean::size).containsExactly(500, 700);
    SizeMean first = means.get(0);
    assertThat(first.repeats()).isEqualTo(3);
    assertThat(first.accuracy()).isCloseTo(0.51, within(1e-12));
    assertThat(first.std()).isCloseTo(0.01, within(1e-12)); // sqrt((0.01² + 0 + 0.01²) / 2)
    assertThat(first.min()).isCloseTo(0.50, within(1e-12));
    assertThat(first.max()).isCloseTo(0.52, within(1e-12));
    assertThat(first.seconds()).isCloseTo(2.0, within(1e-12));
    assertThat(first.accuracies()).containsExactly(0.50, 0.51, 0.52);
    // all repeats of a size before the next size, seeds from the first one up
    assertThat(trained).containsExactly("500/0", "500/1", "500/2", "700/0", "700/1", "700/2");
  }

  @Test
  void aSingleRepeatHasNoSpread() {
    SizeMean one = SizeMean.of(List.of(new SizePoint(100, 0.8, 3, 1, 0.2)));
    assertThat(one.std()).isZero();
    assertThat(one.min()).isEqualTo(one.max()).isEqualTo(0.8);
  }

  @Test
  void moreRepeatsTrainOnlyTheNewSeeds() throws Exception {
    experiment().run(null, new int[] {500}, 0, 2, Progress.none());
    trained.clear();
    List<SizeMean> three = experiment().run(null, new int[] {500}, 0, 3, Progress.none());
    assertThat(trained).containsExactly("500/2");
    assertThat(three.get(0).repeats()).isEqualTo(3);
    assertThat(SizeExperiment.cached(SizeReport.caches(cacheDir, "fake", 2), 0, 3))
        .isEqualTo(three);
  }

  @Test
  void theCacheShowsHowManyRepeatsEachSizeHas() throws Exception {
    experiment().run(null, new int[] {500, 700}, 0, 1, Progress.none());
    experiment().run(null, new int[] {500}, 1, 1, Progress.none()); // seed 1 at 500 only
    List<SizeMean> cached = SizeExperiment.cached(SizeReport.caches(cacheDir, "fake", 2), 0, 2);
    assertThat(cached).extracting(SizeMean::repeats).containsExactly(2, 1);
    assertThat(cached.get(0).accuracy()).isCloseTo(0.505, within(1e-12));
  }

  @Test
  void theFitsUseTheMeans() throws Exception {
    List<SizeMean> means =
        experiment().run(null, new int[] {100, 200, 300, 400}, 0, 3, Progress.none());
    SizeReport report = SizeReport.of("fake", 2, 0, 3, means, 3, Double.NaN);
    // measured = mean = size/1000 + 0.01 at every size: the fitted points' predictions match it
    assertThat(report.fits().get(1).predictions().get(0).measured()).isCloseTo(0.11, within(1e-12));
  }

  @Test
  void progressCoversTheWholeRunAndDropsEachTrainingsOwnEta() throws Exception {
    List<String> messages = new ArrayList<>();
    List<long[]> counts = new ArrayList<>();
    Progress watcher =
        new Progress() {
          @Override
          public void report(long done, long total, String message) {
            messages.add(message);
            counts.add(new long[] {done, total});
          }

          @Override
          public boolean isCancelled() {
            return false;
          }
        };
    experiment().run(null, new int[] {100, 300}, 0, 2, watcher);
    assertThat(counts.get(counts.size() - 1)).containsExactly(800, 800);
    assertThat(counts.get(0)).containsExactly(50, 800);
    assertThat(messages.get(0))
        .startsWith("size 100 · repeat 1/2 · epoch 1/2")
        .doesNotContain("9 min")
        .endsWith("time left estimating…");
  }

  @Test
  void repeatsOutsideOneToTenAreRefused() {
    assertThatThrownBy(() -> experiment().run(null, new int[] {100}, 0, 0, Progress.none()))
        .hasMessageContaining("Repeats per size must be 1 to 10, got 0");
    assertThatThrownBy(() -> SizeExperiment.cached(SizeReport.caches(cacheDir, "x", 1), 0, 11))
        .hasMessageContaining("got 11");
  }

  @Test
  void pointsMeasuredWhenTheCacheCannotBeWrittenAreStillReported() throws Exception {
    // a cache folder under a file: every write fails, as on a full or read-only disk
    java.nio.file.Path file = java.nio.file.Files.writeString(cacheDir.resolve("a-file"), "x");
    SizeExperiment unwritable =
        new SizeExperiment(fake, SizeReport.caches(file.resolve("curves"), "fake", 2));
    List<SizeMean> means = unwritable.run(null, new int[] {500, 700}, 0, 1, Progress.none());
    assertThat(means).extracting(SizeMean::size).containsExactly(500, 700);
    assertThat(unwritable.unsaved()).contains("could not save the measured points", "a-file");
  }

  @Test
  void aPointAddedWhileAnotherProcessHoldsTheCacheIsNotLost() throws Exception {
    SizeCache mine = SizeReport.caches(cacheDir, "fake", 2).apply(0);
    SizePoint ours = new SizePoint(100, 0.5, 1, 2, 0.1);
    SizePoint theirs = new SizePoint(200, 0.6, 1, 2, 0.1);
    java.util.concurrent.CompletableFuture<Void> put;
    try (dev.learninglab.testing.LockHolder other =
        dev.learninglab.testing.LockHolder.start(mine.lockFile())) {
      // the other process has read the (empty) cache and is about to write its point back
      put =
          java.util.concurrent.CompletableFuture.runAsync(
              () -> {
                try {
                  mine.put(ours);
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
      try {
        put.get(300, java.util.concurrent.TimeUnit.MILLISECONDS); // without the lock it ends here
      } catch (java.util.concurrent.TimeoutException waiting) {
        // with it, our put waits for the other's turn
      }
      dev.learninglab.core.io.AtomicFiles.writeString(
          mine.file(), dev.learninglab.core.io.Json.write(List.of(theirs)));
    }
    put.get();
    assertThat(mine.points()).containsExactly(ours, theirs);
  }
}

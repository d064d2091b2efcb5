package dev.learninglab.labs.curves.model.size;

import static dev.learninglab.labs.curves.model.CurvesTexts.T;

import dev.learninglab.core.task.Progress;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Measures test accuracy at each requested training size, repeated with seeds {@code first}, {@code
 * first + 1}, … (each seed changes the initial weights and the batch order), taking cached points
 * from disk and training only the missing ones. All repeats of a size are trained before the next
 * size, so the means fill in from the smallest size up. Progress counts training images over the
 * whole run, so its ETA covers every size and repeat still to train.
 */
public final class SizeExperiment {
  /** The most repeats per size offered (the lab's spinner and the CLI). */
  public static final int MAX_REPEATS = 10;

  private final SizeTrainer trainer;
  private final IntFunction<SizeCache> caches;
  private String unsaved;

  /**
   * @param caches the cache of one seed's points
   */
  public SizeExperiment(SizeTrainer trainer, IntFunction<SizeCache> caches) {
    this.trainer = trainer;
    this.caches = caches;
  }

  /** {@code steps} sizes evenly spaced up to {@code max}: max/steps, 2·max/steps, …, max. */
  public static int[] defaultSizes(int max, int steps) {
    int[] sizes = new int[steps];
    for (int i = 0; i < steps; i++) {
      sizes[i] = (int) Math.round((double) max * (i + 1) / steps);
    }
    return sizes;
  }

  public List<SizeMean> run(
      TrainTest data, int[] sizes, int firstSeed, int repeats, Progress progress) throws Exception {
    checkRepeats(repeats);
    long total = 0;
    for (int size : sizes) {
      for (int r = 0; r < repeats; r++) {
        if (caches.apply(firstSeed + r).get(size).isEmpty()) {
          total += size;
        }
      }
    }
    RunProgress overall = new RunProgress(progress, total);
    List<SizeMean> out = new ArrayList<>();
    for (int size : sizes) {
      List<SizePoint> runs = new ArrayList<>();
      for (int r = 0; r < repeats; r++) {
        int seed = firstSeed + r;
        SizeCache cache = caches.apply(seed);
        SizePoint point = cache.get(size).orElse(null);
        if (point == null) {
          String what =
              repeats == 1
                  ? "size " + size
                  : "size %d · repeat %d/%d".formatted(size, r + 1, repeats);
          point = trainer.train(data, size, seed, overall.training(size, what));
          save(cache, point);
          overall.finished(size);
        }
        runs.add(point);
      }
      out.add(SizeMean.of(runs));
    }
    return out;
  }

  /**
   * Keeps a measured point in its cache; a cache that cannot be written (a full disk, a read-only
   * folder) does not throw the measurement away: the run goes on and {@link #unsaved} says why.
   */
  private void save(SizeCache cache, SizePoint point) {
    try {
      cache.put(point);
    } catch (IOException | java.io.UncheckedIOException e) {
      if (unsaved == null) {
        unsaved =
            "could not save the measured points to "
                + cache.file()
                + " ("
                + e.getMessage()
                + "); they are reported but will be measured again next time";
      }
    }
  }

  /** Why some points of the last {@link #run} were not cached, or null when all were. */
  public String unsaved() {
    return unsaved;
  }

  /**
   * What the caches of seeds {@code firstSeed … firstSeed + repeats − 1} hold, by size: the mean
   * over the seeds that measured that size (its {@code repeats} says how many did).
   */
  public static List<SizeMean> cached(IntFunction<SizeCache> caches, int firstSeed, int repeats)
      throws IOException {
    checkRepeats(repeats);
    Map<Integer, List<SizePoint>> bySize = new TreeMap<>();
    for (int r = 0; r < repeats; r++) {
      for (SizePoint p : caches.apply(firstSeed + r).points()) {
        bySize.computeIfAbsent(p.size(), s -> new ArrayList<>()).add(p);
      }
    }
    return bySize.values().stream().map(SizeMean::of).toList();
  }

  static void checkRepeats(int repeats) {
    if (repeats < 1 || repeats > MAX_REPEATS) {
      throw new IllegalArgumentException(
          "Repeats per size must be 1 to " + MAX_REPEATS + ", got " + repeats);
    }
  }

  /** Maps each training's own progress onto the whole run, with an ETA from measured progress. */
  private static final class RunProgress {
    private final Progress outer;
    private final long total;
    private long before;
    private long firstStep = -1;
    private double doneAtFirstStep;

    RunProgress(Progress outer, long total) {
      this.outer = outer;
      this.total = total;
    }

    void finished(int size) {
      before += size;
    }

    Progress training(int size, String what) {
      return new Progress() {
        @Override
        public void report(long done, long steps, String message) {
          double imagesDone = before + (steps == 0 ? 0 : (double) done / steps) * size;
          long now = System.nanoTime();
          if (firstStep < 0) {
            firstStep = now;
            doneAtFirstStep = imagesDone;
          }
          String eta =
              RunEta.text(
                  (now - firstStep) / 1e9, imagesDone - doneAtFirstStep, doneAtFirstStep, total);
          outer.report(
              Math.round(imagesDone),
              total,
              what + " · " + withoutTimeLeft(message) + " · " + T.get("curves.size.timeLeft", eta));
        }

        @Override
        public boolean isCancelled() {
          return outer.isCancelled();
        }
      };
    }
  }

  /** A training's progress line without its own time left, its last " · " part. */
  private static String withoutTimeLeft(String message) {
    int last = message.lastIndexOf(" · ");
    return last < 0 ? message : message.substring(0, last);
  }
}

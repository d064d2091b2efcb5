package dev.learninglab.labs.curves.model.size;

import dev.learninglab.core.task.Progress;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures test accuracy at each requested training size, taking cached points from disk and
 * training only the missing ones. Progress counts training images × epochs over the whole run, so
 * its ETA covers every size still to train.
 */
public final class SizeExperiment {
  private final CnnSizeTrainer trainer;
  private final SizeCache cache;

  public SizeExperiment(CnnSizeTrainer trainer, SizeCache cache) {
    this.trainer = trainer;
    this.cache = cache;
  }

  /** {@code steps} sizes evenly spaced up to {@code max}: max/steps, 2·max/steps, …, max. */
  public static int[] defaultSizes(int max, int steps) {
    int[] sizes = new int[steps];
    for (int i = 0; i < steps; i++) {
      sizes[i] = (int) Math.round((double) max * (i + 1) / steps);
    }
    return sizes;
  }

  public List<SizePoint> run(TrainTest data, int[] sizes, Progress progress) throws Exception {
    List<SizePoint> out = new ArrayList<>();
    List<Integer> missing = new ArrayList<>();
    for (int size : sizes) {
      if (cache.get(size).isEmpty()) {
        missing.add(size);
      }
    }
    long total = missing.stream().mapToLong(Integer::longValue).sum();
    long[] before = {0};
    long started = System.nanoTime();
    for (int size : sizes) {
      SizePoint cached = cache.get(size).orElse(null);
      if (cached == null) {
        Progress scaled = overall(progress, size, before[0], total, started);
        cached = trainer.train(data, size, scaled);
        cache.put(cached);
        before[0] += size;
      }
      out.add(cached);
    }
    return out;
  }

  /** Maps one size's training progress onto the whole run, with an ETA for all of it. */
  private static Progress overall(Progress outer, int size, long before, long total, long started) {
    return new Progress() {
      @Override
      public void report(long done, long steps, String message) {
        double fraction = steps == 0 ? 0 : (double) done / steps;
        double imagesDone = before + fraction * size;
        double elapsed = (System.nanoTime() - started) / 1e9;
        double eta = imagesDone <= 0 ? Double.NaN : elapsed / imagesDone * (total - imagesDone);
        outer.report(
            Math.round(imagesDone),
            total,
            "size "
                + size
                + " · "
                + message.replaceAll(" · ETA .*$", "")
                + " · total ETA "
                + eta(eta));
      }

      @Override
      public boolean isCancelled() {
        return outer.isCancelled();
      }
    };
  }

  private static String eta(double seconds) {
    if (!Double.isFinite(seconds)) {
      return "?";
    }
    long s = Math.round(seconds);
    return s < 60 ? s + " s" : s / 60 + " min " + String.format("%02d", s % 60) + " s";
  }
}

package dev.learninglab.labs.curves.model.size;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.io.LabHome;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.curves.model.extrapolation.Extrapolation;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Everything {@code curves size} answers: the measured points (mean over the repeats at each size)
 * and, when there are enough, the three extrapolation fits on the means of the first k of them;
 * {@code cacheWarning} says why measured points could not be cached (null when they were).
 */
public record SizeReport(
    String dataset,
    int epochs,
    int seed,
    int repeats,
    List<SizeMean> points,
    int fitFirst,
    Double target,
    List<Extrapolation.Fit> fits,
    String cacheWarning) {

  /** Where measured points are cached: {@code <lab home>/curves}. */
  public static Path cacheDir() {
    return LabHome.dir().resolve("curves");
  }

  /** The cache of each seed of one experiment (dataset, epochs) under {@code dir}. */
  public static IntFunction<SizeCache> caches(Path dir, String dataset, int epochs) {
    return seed -> new SizeCache(dir, dataset, epochs, seed);
  }

  /**
   * What to measure: dataset, sizes (null: 10 steps to the pool size), epochs, the first seed and
   * the number of repeats (seeds seed … seed + repeats − 1), fits.
   */
  public record Request(
      SizeDataset dataset,
      int[] sizes,
      int epochs,
      int seed,
      int repeats,
      int fitFirst,
      double target) {}

  public static SizeReport run(
      Request r, DatasetResolver resolver, Path cacheDir, Progress progress) throws Exception {
    SizeExperiment.checkRepeats(r.repeats());
    TrainTest data = r.dataset().load(resolver, progress);
    int[] sizes =
        r.sizes() == null ? SizeExperiment.defaultSizes(data.pool().count(), 10) : r.sizes();
    SizeExperiment experiment =
        new SizeExperiment(
            new CnnSizeTrainer(r.epochs()), caches(cacheDir, r.dataset().id(), r.epochs()));
    List<SizeMean> points = experiment.run(data, sizes, r.seed(), r.repeats(), progress);
    return of(r.dataset().id(), r.epochs(), r.seed(), r.repeats(), points, r.fitFirst(), r.target())
        .withCacheWarning(experiment.unsaved());
  }

  /** Fits the means only when at least 3 points are available; k is capped at their number. */
  public static SizeReport of(
      String dataset,
      int epochs,
      int seed,
      int repeats,
      List<SizeMean> points,
      int fitFirst,
      double target) {
    int k = Math.min(fitFirst, points.size());
    List<Extrapolation.Fit> fits =
        k < 3
            ? List.of()
            : Extrapolation.run(
                points.stream().mapToInt(SizeMean::size).toArray(),
                points.stream().mapToDouble(SizeMean::accuracy).toArray(),
                k,
                target);
    return new SizeReport(
        dataset,
        epochs,
        seed,
        repeats,
        points,
        k,
        Double.isNaN(target) ? null : target,
        fits,
        null);
  }

  SizeReport withCacheWarning(String warning) {
    return new SizeReport(dataset, epochs, seed, repeats, points, fitFirst, target, fits, warning);
  }
}

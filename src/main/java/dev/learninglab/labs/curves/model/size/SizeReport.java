package dev.learninglab.labs.curves.model.size;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.io.LabHome;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.curves.model.extrapolation.Extrapolation;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything {@code curves size} answers: the measured points and, when there are enough, the three
 * extrapolation fits on the first k of them.
 */
public record SizeReport(
    String dataset,
    int epochs,
    List<SizePoint> points,
    int fitFirst,
    Double target,
    List<Extrapolation.Fit> fits) {

  /** Where measured points are cached: {@code <lab home>/curves}. */
  public static Path cacheDir() {
    return LabHome.dir().resolve("curves");
  }

  /** What to measure: dataset, sizes (null: 10 steps to the pool size), epochs, fits. */
  public record Request(
      SizeDataset dataset, int[] sizes, int epochs, int seed, int fitFirst, double target) {}

  public static SizeReport run(
      Request r, DatasetResolver resolver, Path cacheDir, Progress progress) throws Exception {
    TrainTest data = r.dataset().load(resolver, progress);
    int[] sizes =
        r.sizes() == null ? SizeExperiment.defaultSizes(data.pool().count(), 10) : r.sizes();
    List<SizePoint> points =
        new SizeExperiment(
                new CnnSizeTrainer(r.epochs(), r.seed()),
                new SizeCache(cacheDir, r.dataset().id(), r.epochs(), r.seed()))
            .run(data, sizes, progress);
    return of(r.dataset().id(), r.epochs(), points, r.fitFirst(), r.target());
  }

  /** Fits only when at least 3 points are available; k is capped at the number of points. */
  public static SizeReport of(
      String dataset, int epochs, List<SizePoint> points, int fitFirst, double target) {
    int k = Math.min(fitFirst, points.size());
    List<Extrapolation.Fit> fits =
        k < 3
            ? List.of()
            : Extrapolation.run(
                points.stream().mapToInt(SizePoint::size).toArray(),
                points.stream().mapToDouble(SizePoint::accuracy).toArray(),
                k,
                target);
    return new SizeReport(dataset, epochs, points, k, Double.isNaN(target) ? null : target, fits);
  }
}

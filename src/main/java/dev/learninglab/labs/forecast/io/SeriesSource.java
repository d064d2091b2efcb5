package dev.learninglab.labs.forecast.io;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.forecast.model.Series;
import dev.learninglab.labs.forecast.model.SeriesName;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a series named on the command line or in the view comes from: "goog" (GOOG's daily close,
 * bundled), "vix" (the CBOE VIX close, resolved from the catalogue) or a CSV file of the learner's.
 */
public final class SeriesSource {
  public static final String GOOG = "goog";
  public static final String VIX = "vix";

  private SeriesSource() {}

  public static Series load(SeriesName name, int window, Progress progress) throws IOException {
    return load(name.series(), name.dateColumn(), name.valueColumn(), window, progress);
  }

  public static Series load(
      String name, String dateColumn, String valueColumn, int window, Progress progress)
      throws IOException {
    String key = name.toLowerCase(Locale.ROOT);
    if (key.equals(GOOG)) {
      Path file = DatasetResolver.standard().resolveFile("stocks", "goog.npz", progress);
      return PriceNpz.read(file, GOOG, "close", window);
    }
    if (key.equals(VIX)) {
      Path file = DatasetResolver.standard().resolveFile("vix-daily", "vix-daily.csv", progress);
      return SeriesCsv.read(file, VIX, "DATE", "CLOSE", window);
    }
    Path file = Path.of(name);
    return SeriesCsv.read(file, file.getFileName().toString(), dateColumn, valueColumn, window);
  }

  /** Whether {@code name} is one of the series the lab knows by name. */
  public static boolean isNamed(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    return key.equals(GOOG) || key.equals(VIX);
  }
}

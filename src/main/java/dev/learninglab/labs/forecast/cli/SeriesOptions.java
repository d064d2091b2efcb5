package dev.learninglab.labs.forecast.cli;

import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.forecast.io.SeriesSource;
import dev.learninglab.labs.forecast.model.Series;
import dev.learninglab.labs.forecast.model.SeriesName;
import java.io.IOException;
import picocli.CommandLine.Option;

/** {@code --series goog|vix|FILE} with the columns of a file, shared by the forecast commands. */
public final class SeriesOptions {
  @Option(
      names = "--series",
      defaultValue = "goog",
      description =
          "goog (GOOG daily close 2004-2008, bundled), vix (CBOE VIX daily close since 1990) or a"
              + " CSV file with a date column and a numeric column (default ${DEFAULT-VALUE}).")
  String series;

  @Option(
      names = "--date-column",
      description = "Date column of a CSV file (yyyy-MM-dd; default: the first named like date).")
  String dateColumn;

  @Option(
      names = "--value-column",
      description = "Numeric column of a CSV file (default: the one named close).")
  String valueColumn;

  SeriesName name() {
    if (SeriesSource.isNamed(series) && (dateColumn != null || valueColumn != null)) {
      throw new IllegalArgumentException(
          "--date-column and --value-column are for a CSV file, not the named series " + series);
    }
    return new SeriesName(series, dateColumn, valueColumn);
  }

  Series load(int window, Progress progress) throws IOException {
    return SeriesSource.load(name(), window, progress);
  }
}

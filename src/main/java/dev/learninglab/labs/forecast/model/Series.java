package dev.learninglab.labs.forecast.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A daily (or monthly) price series, checked: dates strictly increasing without long gaps, values
 * finite and not negative.
 *
 * @param id what the learner named it ("goog", "vix" or a file)
 * @param source where it came from, for the report (file, dataset and column)
 * @param sha256 checksum of the file it was read from
 */
public record Series(
    String id, String source, String sha256, List<LocalDate> dates, double[] values) {

  /** How many times the typical step between dates a step may be before it counts as a gap. */
  static final int GAP_FACTOR = 10;

  public Series {
    dates = List.copyOf(dates);
    values = values.clone();
    if (dates.size() != values.length) {
      throw new IllegalArgumentException(
          "%d dates but %d values".formatted(dates.size(), values.length));
    }
  }

  /**
   * The series after every check a forecast needs, each refusal one line naming the first offending
   * row ({@code rowOffset} turns an index into the file's line number).
   */
  public static Series checked(
      String id,
      String source,
      String sha256,
      List<LocalDate> dates,
      double[] values,
      int rowOffset,
      int window) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            "%s line %d: the value %s is not a finite number"
                .formatted(source, i + rowOffset, values[i]));
      }
      if (values[i] < 0) {
        throw new IllegalArgumentException(
            "%s line %d: the value %s is negative; prices cannot be"
                .formatted(source, i + rowOffset, values[i]));
      }
    }
    for (int i = 1; i < dates.size(); i++) {
      int cmp = dates.get(i).compareTo(dates.get(i - 1));
      if (cmp == 0) {
        throw new IllegalArgumentException(
            "%s line %d: the date %s appears twice".formatted(source, i + rowOffset, dates.get(i)));
      }
      if (cmp < 0) {
        throw new IllegalArgumentException(
            "%s line %d: the date %s comes before %s above it; sort the file by date"
                .formatted(source, i + rowOffset, dates.get(i), dates.get(i - 1)));
      }
    }
    int needed = window + 2;
    if (values.length < needed) {
      throw new IllegalArgumentException(
          "%s has %d rows; a window of %d needs at least %d (window + 2)"
              .formatted(source, values.length, window, needed));
    }
    refuseGaps(source, dates, rowOffset);
    return new Series(id, source, sha256, dates, values);
  }

  /**
   * A step between dates more than {@link #GAP_FACTOR} times the median step is a gap: weekends,
   * holidays and the four trading days closed after 11 September 2001 are not, a missing month of
   * daily data is.
   */
  private static void refuseGaps(String source, List<LocalDate> dates, int rowOffset) {
    long[] steps = new long[dates.size() - 1];
    for (int i = 1; i < dates.size(); i++) {
      steps[i - 1] = dates.get(i).toEpochDay() - dates.get(i - 1).toEpochDay();
    }
    long[] sorted = steps.clone();
    java.util.Arrays.sort(sorted);
    long median = sorted[sorted.length / 2];
    for (int i = 0; i < steps.length; i++) {
      if (steps[i] > GAP_FACTOR * median) {
        throw new IllegalArgumentException(
            "%s line %d: %d days pass between %s and %s, where rows are usually %d day%s apart; a gap that long breaks the windows"
                .formatted(
                    source,
                    i + 1 + rowOffset,
                    steps[i],
                    dates.get(i),
                    dates.get(i + 1),
                    median,
                    median == 1 ? "" : "s"));
      }
    }
  }

  public int size() {
    return values.length;
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  public double value(int i) {
    return values[i];
  }
}

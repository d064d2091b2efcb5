package dev.learninglab.labs.audio.model;

import java.util.Locale;
import java.util.function.IntFunction;

/**
 * A feature array as CSV: a header with each frame's time in seconds (or another column value),
 * then one line per row starting with the row's label (a frequency, a pitch class, a band or
 * coefficient number).
 */
public final class FeatureCsv {
  private FeatureCsv() {}

  public static String of(
      FrameMatrix m, String rowHeader, IntFunction<String> rowLabel, double secondsPerFrame) {
    return of(m, rowHeader, rowLabel, "t", secondsPerFrame);
  }

  /** As above with columns named {@code column=value} at steps of {@code columnStep}. */
  public static String of(
      FrameMatrix m,
      String rowHeader,
      IntFunction<String> rowLabel,
      String column,
      double columnStep) {
    StringBuilder sb = new StringBuilder(m.rows() * m.frames() * 10);
    sb.append(rowHeader);
    for (int t = 0; t < m.frames(); t++) {
      sb.append(',').append(String.format(Locale.ROOT, "%s=%.4f", column, t * columnStep));
    }
    sb.append('\n');
    for (int r = 0; r < m.rows(); r++) {
      sb.append(rowLabel.apply(r));
      for (int t = 0; t < m.frames(); t++) {
        sb.append(',').append(m.get(r, t));
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}

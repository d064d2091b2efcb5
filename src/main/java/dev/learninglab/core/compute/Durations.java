package dev.learninglab.core.compute;

/** Formats seconds for progress lines: "42 s", "3 min 05 s", "1 h 02 min". */
public final class Durations {

  private Durations() {}

  public static String format(double seconds) {
    if (!Double.isFinite(seconds)) {
      return "?";
    }
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return "%d min %02d s".formatted(s / 60, s % 60);
    }
    return "%d h %02d min".formatted(s / 3600, (s % 3600) / 60);
  }
}

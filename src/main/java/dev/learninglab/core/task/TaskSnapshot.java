package dev.learninglab.core.task;

/** The state of one running task at one moment, as a status bar shows it. */
public record TaskSnapshot(String name, long done, long total, String message) {

  /** Fraction finished in [0, 1], or -1 while the total is unknown. */
  public double fraction() {
    return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
  }
}

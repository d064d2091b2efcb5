package dev.learninglab.labs.gauntlet.view;

/** Formats seconds as m:ss for the timer. */
final class SessionClock {
  private SessionClock() {}

  static String format(long seconds) {
    return String.format("%d:%02d", seconds / 60, seconds % 60);
  }
}

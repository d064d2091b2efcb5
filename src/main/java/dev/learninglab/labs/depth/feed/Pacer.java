package dev.learninglab.labs.depth.feed;

/**
 * Replays recorded events with their original spacing divided by a speed factor (2 = twice as
 * fast; 0 = as fast as possible). Sleeping is behind an interface so tests need not wait.
 */
final class Pacer {
  /** Sleeps for a number of milliseconds; replaced in tests. */
  interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  private final double speed;
  private final Sleeper sleeper;
  private long previousEventTime = -1;

  Pacer(double speed, Sleeper sleeper) {
    if (speed < 0 || Double.isNaN(speed)) {
      throw new IllegalArgumentException("Replay speed must be ≥ 0 (0 = as fast as possible), got " + speed);
    }
    this.speed = speed;
    this.sleeper = sleeper;
  }

  /** Waits until the event at {@code eventTime} is due. */
  void await(long eventTime) throws InterruptedException {
    if (speed > 0 && previousEventTime >= 0 && eventTime > previousEventTime) {
      sleeper.sleep(Math.round((eventTime - previousEventTime) / speed));
    }
    previousEventTime = eventTime;
  }
}

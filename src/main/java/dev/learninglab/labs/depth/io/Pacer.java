package dev.learninglab.labs.depth.io;

/**
 * Replays recorded events on their original schedule divided by a speed factor (2 = twice as fast;
 * 0 = as fast as possible). Each event is due at start + (its time − first time) / speed on the
 * wall clock, so time spent applying events does not slow the replay down. Clock and sleeping are
 * behind interfaces so tests need not wait.
 */
final class Pacer {
  /** Sleeps for a number of milliseconds; replaced in tests. */
  interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  /** Milliseconds of a monotonic clock. */
  interface Clock {
    long millis();
  }

  private final double speed;
  private final Sleeper sleeper;
  private final Clock clock;
  private long firstEventTime = -1;
  private long startWall;

  Pacer(double speed, Sleeper sleeper, Clock clock) {
    if (speed < 0 || Double.isNaN(speed)) {
      throw new IllegalArgumentException(
          "Replay speed must be ≥ 0 (0 = as fast as possible), got " + speed);
    }
    this.speed = speed;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  /** Real time: the system's monotonic clock and Thread.sleep. */
  static Pacer realTime(double speed) {
    return new Pacer(speed, Thread::sleep, () -> System.nanoTime() / 1_000_000);
  }

  /** Waits until the event stamped {@code eventTime} (epoch ms) is due. */
  void await(long eventTime) throws InterruptedException {
    if (speed == 0) {
      return;
    }
    if (firstEventTime < 0) {
      firstEventTime = eventTime;
      startWall = clock.millis();
      return;
    }
    long due = startWall + Math.round((eventTime - firstEventTime) / speed);
    long wait = due - clock.millis();
    if (wait > 0) {
      sleeper.sleep(wait);
    }
  }
}

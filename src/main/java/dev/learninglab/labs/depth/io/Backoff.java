package dev.learninglab.labs.depth.io;

import java.time.Duration;
import java.util.Optional;

/**
 * Waiting between retries after a rate limit: the server's Retry-After when it gives one, otherwise
 * an exponential delay (initial, doubled each time, capped). Sleeping goes through a {@link
 * Pacer.Sleeper} so tests can record the delays instead of waiting.
 */
public final class Backoff {
  private final Duration initial;
  private final Duration max;
  private final Pacer.Sleeper sleeper;
  private Duration next;

  Backoff(Duration initial, Duration max, Pacer.Sleeper sleeper) {
    this.initial = initial;
    this.max = max;
    this.sleeper = sleeper;
    this.next = initial;
  }

  /** 1 s doubling up to 2 min, real sleeping. */
  public static Backoff standard() {
    return new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(2), Thread::sleep);
  }

  /** Waits the server's delay if given, else the next exponential step. */
  public void pause(Optional<Duration> retryAfter) throws InterruptedException {
    Duration wait = retryAfter.orElse(next);
    next = next.multipliedBy(2).compareTo(max) > 0 ? max : next.multipliedBy(2);
    sleeper.sleep(wait.toMillis());
  }

  /** Back to the initial delay after a success. */
  public void reset() {
    next = initial;
  }
}

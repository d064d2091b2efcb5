package dev.learninglab.labs.editdistance.cli;

import dev.learninglab.core.task.Progress;
import java.util.function.LongSupplier;

/**
 * Passes progress on only after the work has run for a moment, so quick runs leave stderr clean and
 * long ones still show a bar.
 */
final class QuietStart implements Progress {
  private static final long DELAY_NANOS = 700_000_000L;
  private final Progress target;
  private final LongSupplier clock;
  private final long start;

  QuietStart(Progress target) {
    this(target, System::nanoTime);
  }

  /** With the clock (nanoseconds) given, so tests need not sleep. */
  QuietStart(Progress target, LongSupplier clock) {
    this.target = target;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  @Override
  public void report(long done, long total, String message) {
    if (clock.getAsLong() - start >= DELAY_NANOS) {
      target.report(done, total, message);
    }
  }

  @Override
  public boolean isCancelled() {
    return target.isCancelled();
  }
}

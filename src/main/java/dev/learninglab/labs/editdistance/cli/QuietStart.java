package dev.learninglab.labs.editdistance.cli;

import dev.learninglab.core.task.Progress;

/**
 * Passes progress on only after the work has run for a moment, so quick runs leave stderr clean and
 * long ones still show a bar.
 */
final class QuietStart implements Progress {
  private static final long DELAY_NANOS = 700_000_000L;
  private final Progress target;
  private final long start = System.nanoTime();

  QuietStart(Progress target) {
    this.target = target;
  }

  @Override
  public void report(long done, long total, String message) {
    if (System.nanoTime() - start >= DELAY_NANOS) {
      target.report(done, total, message);
    }
  }

  @Override
  public boolean isCancelled() {
    return target.isCancelled();
  }
}

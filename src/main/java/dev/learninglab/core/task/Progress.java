package dev.learninglab.core.task;

import java.util.concurrent.CancellationException;

/**
 * What a running {@link LabTask} tells its watcher, and how it learns it should stop.
 *
 * <p>Work reports {@code report(done, total, message)} as it goes and calls {@link
 * #checkCancelled()} between steps; a cancelled task stops by throwing {@link
 * CancellationException} from there.
 */
public interface Progress {

  /** Reports that {@code done} of {@code total} units are finished; total 0 means unknown. */
  void report(long done, long total, String message);

  /** True once somebody asked the task to stop. */
  boolean isCancelled();

  /** Throws {@link CancellationException} when the task was cancelled. */
  default void checkCancelled() {
    if (isCancelled() || Thread.currentThread().isInterrupted()) {
      throw new CancellationException("cancelled");
    }
  }

  /** A progress that reports nowhere and is never cancelled: for tests and quick calls. */
  static Progress none() {
    return new Progress() {
      @Override
      public void report(long done, long total, String message) {}

      @Override
      public boolean isCancelled() {
        return false;
      }
    };
  }
}

package dev.learninglab.testing;

import dev.learninglab.core.compute.EpochReport;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.task.Progress;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cancels a training run as soon as its first epoch has ended, as a kill right after the first
 * checkpoint would: hand {@link #listener()} and {@link #progress()} to the same run.
 */
public final class StopAfterFirstEpoch {
  private final AtomicBoolean stop = new AtomicBoolean();

  public TrainingListener listener() {
    return new TrainingListener() {
      @Override
      public void epochEnded(EpochReport r) {
        stop.set(true);
      }
    };
  }

  public Progress progress() {
    return new Progress() {
      @Override
      public void report(long done, long total, String message) {}

      @Override
      public boolean isCancelled() {
        return stop.get();
      }
    };
  }
}

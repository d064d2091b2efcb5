package dev.learninglab.core.compute;

import ai.djl.training.tracker.Tracker;
import java.util.function.LongSupplier;

/**
 * A learning rate that falls along a half cosine from {@code base} to {@code last} over a run's
 * length, where the length is its number of updates or its wall-time budget, whichever runs out
 * first: a run that stops on its time budget (a background training on a shared machine does) still
 * ends at the low rate that polishes the weights, instead of being cut off at a high one.
 */
public final class BudgetCosine implements Tracker {

  private final float base;
  private final float last;
  private final int maxUpdates;
  private final double maxSeconds;
  private final LongSupplier nanoTime;
  private final long start;

  /**
   * @param maxSeconds the time budget; 0 for none (then only the updates count)
   * @param nanoTime the clock, {@code System::nanoTime} outside tests; the budget starts now
   */
  public BudgetCosine(
      float base, float last, int maxUpdates, double maxSeconds, LongSupplier nanoTime) {
    if (maxUpdates < 1 || maxSeconds < 0) {
      throw new IllegalArgumentException(
          "need at least 1 update and a budget ≥ 0 s, got " + maxUpdates + ", " + maxSeconds);
    }
    this.base = base;
    this.last = last;
    this.maxUpdates = maxUpdates;
    this.maxSeconds = maxSeconds;
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
  }

  /** How far the run is, 0 to 1: the larger of the updates' and the time's share. */
  double progress(int numUpdate) {
    double p = (double) numUpdate / maxUpdates;
    if (maxSeconds > 0) {
      p = Math.max(p, (nanoTime.getAsLong() - start) / 1e9 / maxSeconds);
    }
    return Math.min(1, p);
  }

  @Override
  public float getNewValue(int numUpdate) {
    return (float) (last + (base - last) * (1 + Math.cos(Math.PI * progress(numUpdate))) / 2);
  }
}

package dev.learninglab.core.compute;

import ai.djl.training.tracker.Tracker;

/**
 * A learning rate that is cut by {@code factor} whenever the validation score has not improved for
 * {@code patience} epochs in a row (Keras's ReduceLROnPlateau, which DJL lacks), never below {@code
 * floor}. It hears the scores as a {@link TrainingListener}; pass it to the loop's listeners and to
 * the optimiser as its tracker.
 */
public final class PlateauRate implements Tracker, TrainingListener {

  private final float factor;
  private final int patience;
  private final float floor;
  private final Patience waiting;
  private float rate;

  /**
   * @param rate the starting rate
   * @param factor what the rate is multiplied by on a plateau, in (0, 1)
   * @param patience epochs without improvement that make a plateau, ≥ 1
   * @param floor the lowest rate it falls to
   */
  public PlateauRate(float rate, float factor, int patience, float floor) {
    if (!(factor > 0 && factor < 1)) {
      throw new IllegalArgumentException("plateau factor must be in (0, 1), got " + factor);
    }
    this.rate = rate;
    this.factor = factor;
    this.patience = patience;
    this.floor = floor;
    this.waiting = new Patience(patience);
  }

  /** The rate now. */
  public float rate() {
    return rate;
  }

  /** Takes an epoch's validation score (higher is better) and cuts the rate on a plateau. */
  public void observe(double score) {
    if (waiting.observe(score) && waiting.stale() % patience == 0) {
      rate = Math.max(floor, rate * factor);
    }
  }

  @Override
  public void epochEnded(EpochReport report) {
    observe(report.validation());
  }

  @Override
  public float getNewValue(int numUpdate) {
    return rate;
  }
}

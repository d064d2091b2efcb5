package dev.learninglab.core.compute;

/**
 * Counts the epochs since the validation score last improved (higher is better; a NaN never
 * improves), and says when that count has reached the patience: the test both early stopping and a
 * plateau schedule make.
 */
public final class Patience {

  private final int patience;
  private double best = Double.NEGATIVE_INFINITY;
  private int stale;

  public Patience(int patience) {
    if (patience < 1) {
      throw new IllegalArgumentException("patience must be ≥ 1 epoch, got " + patience);
    }
    this.patience = patience;
  }

  /** Takes an epoch's score; true when {@code patience} or more epochs in a row did not improve. */
  public boolean observe(double score) {
    if (!Double.isNaN(score) && score > best) {
      best = score;
      stale = 0;
    } else {
      stale++;
    }
    return stale >= patience;
  }

  /** Epochs since the last improvement. */
  public int stale() {
    return stale;
  }
}

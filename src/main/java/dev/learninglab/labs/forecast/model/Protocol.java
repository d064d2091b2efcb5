package dev.learninglab.labs.forecast.model;

/**
 * The lab's evaluation protocol: window i takes rows i..i+W−1 and its target is row i+W; of the M =
 * N − W windows the first ⌊0.8·M⌋ (in time order) train and the rest test; scaling is fitted on the
 * rows the training windows touch, rows 0..T+W−1.
 */
public record Protocol(int window) {
  public static final int DEFAULT_WINDOW = 50;
  static final double TRAIN_SHARE = 0.8;

  public Protocol {
    if (window < 1 || window > 1000) {
      throw new IllegalArgumentException("--window must be 1..1000, got " + window);
    }
  }

  public int windows(int n) {
    return n - window;
  }

  public int trainWindows(int n) {
    return (int) Math.floor(TRAIN_SHARE * windows(n));
  }

  public int testWindows(int n) {
    return windows(n) - trainWindows(n);
  }

  /** Rows 0..trainRows−1 are all the training windows see, their targets included. */
  public int trainRows(int n) {
    return trainWindows(n) + window;
  }

  /** Row index of the target of window i. */
  public int target(int i) {
    return i + window;
  }
}

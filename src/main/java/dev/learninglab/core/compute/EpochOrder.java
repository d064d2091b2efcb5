package dev.learninglab.core.compute;

import java.util.Random;

/**
 * The order in which a {@link BatchSource} visits its samples: 0..n−1, reshuffled (Fisher–Yates) at
 * each epoch with the loop's seeded generator, cut into batches of a fixed size (the last one
 * smaller).
 */
public final class EpochOrder {
  private final int[] order;
  private final int batchSize;

  public EpochOrder(int samples, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    this.batchSize = batchSize;
    order = new int[samples];
    for (int i = 0; i < samples; i++) {
      order[i] = i;
    }
  }

  /** A new order for the next epoch. */
  public void shuffle(Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }

  public int batches() {
    return (order.length + batchSize - 1) / batchSize;
  }

  /** The sample indices of batch {@code index} in the current order. */
  public int[] batch(int index) {
    int from = index * batchSize;
    int size = Math.min(batchSize, order.length - from);
    int[] rows = new int[size];
    System.arraycopy(order, from, rows, 0, size);
    return rows;
  }
}

package dev.learninglab.core.compute;

import ai.djl.ndarray.NDManager;
import java.util.Random;

/**
 * A {@link BatchSource} that visits its samples in a fresh random order each epoch, as Keras'
 * {@code fit} does; a subclass only says how the samples of one batch become arrays.
 */
public abstract class ShuffledBatches implements BatchSource {
  private final EpochOrder order;

  protected ShuffledBatches(int samples, int batchSize) {
    order = new EpochOrder(samples, batchSize);
  }

  /** The batch of these sample indices, created on {@code manager}. */
  protected abstract TrainingBatch batchOf(NDManager manager, int[] samples);

  @Override
  public void startEpoch(int epoch, Random random) {
    order.shuffle(random);
  }

  @Override
  public final int batches() {
    return order.batches();
  }

  @Override
  public final TrainingBatch batch(NDManager manager, int index) {
    return batchOf(manager, order.batch(index));
  }
}

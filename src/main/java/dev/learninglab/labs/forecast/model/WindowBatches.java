package dev.learninglab.labs.forecast.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import dev.learninglab.core.compute.BatchSource;
import dev.learninglab.core.compute.EpochOrder;
import dev.learninglab.core.compute.TrainingBatch;
import java.util.Random;

/**
 * Training windows in shuffled batches, as Keras' {@code fit} does: shuffling inside the training
 * windows is harmless, because every window already ends before the test period begins.
 */
final class WindowBatches implements BatchSource {
  private final ScaledWindows data;
  private final EpochOrder order;

  WindowBatches(ScaledWindows data, int batch) {
    this.data = data;
    this.order = new EpochOrder(data.count(), batch);
  }

  @Override
  public void startEpoch(int epoch, Random random) {
    order.shuffle(random);
  }

  @Override
  public int batches() {
    return order.batches();
  }

  @Override
  public TrainingBatch batch(NDManager manager, int index) {
    int[] rows = order.batch(index);
    return new TrainingBatch(
        new NDList(data.inputs(manager, rows)),
        new NDList(data.labels(manager, rows)),
        rows.length);
  }
}

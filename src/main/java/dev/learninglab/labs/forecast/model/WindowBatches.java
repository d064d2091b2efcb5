package dev.learninglab.labs.forecast.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import dev.learninglab.core.compute.BatchSource;
import dev.learninglab.core.compute.TrainingBatch;
import java.util.Random;

/**
 * Training windows in shuffled batches, as Keras' {@code fit} does: shuffling inside the training
 * windows is harmless, because every window already ends before the test period begins.
 */
final class WindowBatches implements BatchSource {
  private final ScaledWindows data;
  private final int batch;
  private final int[] order;

  WindowBatches(ScaledWindows data, int batch) {
    this.data = data;
    this.batch = batch;
    order = new int[data.count()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
  }

  @Override
  public void startEpoch(int epoch, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }

  @Override
  public int batches() {
    return (order.length + batch - 1) / batch;
  }

  @Override
  public TrainingBatch batch(NDManager manager, int index) {
    int from = index * batch;
    int size = Math.min(batch, order.length - from);
    int[] rows = new int[size];
    System.arraycopy(order, from, rows, 0, size);
    return new TrainingBatch(
        new NDList(data.inputs(manager, rows)), new NDList(data.labels(manager, rows)), size);
  }
}

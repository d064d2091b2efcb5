package dev.learninglab.labs.forecast.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import dev.learninglab.core.compute.ShuffledBatches;
import dev.learninglab.core.compute.TrainingBatch;

/**
 * Training windows in shuffled batches: shuffling inside the training windows is harmless, because
 * every window already ends before the test period begins.
 */
final class WindowBatches extends ShuffledBatches {
  private final ScaledWindows data;

  WindowBatches(ScaledWindows data, int batch) {
    super(data.count(), batch);
    this.data = data;
  }

  @Override
  protected TrainingBatch batchOf(NDManager manager, int[] rows) {
    return new TrainingBatch(
        new NDList(data.inputs(manager, rows)),
        new NDList(data.labels(manager, rows)),
        rows.length);
  }
}

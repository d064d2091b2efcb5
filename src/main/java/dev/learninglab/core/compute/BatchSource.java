package dev.learninglab.core.compute;

import ai.djl.ndarray.NDManager;
import java.util.Random;

/**
 * Where a {@link TrainingLoop} gets its batches. Implementations keep their samples in plain
 * Java memory and create each batch's arrays on the manager they are handed, which the loop
 * closes after the step, so native memory stays flat however long training runs.
 */
public interface BatchSource {

  /** Called before each epoch; shuffle or re-augment here, with this seeded generator. */
  void startEpoch(int epoch, Random random);

  /** Batches in the current epoch. */
  int batches();

  /** Batch {@code index} of the current epoch, created on {@code manager}. */
  TrainingBatch batch(NDManager manager, int index);
}

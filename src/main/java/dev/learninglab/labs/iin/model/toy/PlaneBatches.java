package dev.learninglab.labs.iin.model.toy;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.learninglab.core.compute.BatchSource;
import dev.learninglab.core.compute.TrainingBatch;
import java.util.Random;

/** Fresh samples of a plane density for every batch: the toy flow never sees a point twice. */
final class PlaneBatches implements BatchSource {
  private final PlaneDensity density;
  private final int batchSize;
  private final int steps;
  private int batches;
  private Random random = new Random(0);

  /** {@code steps} batches in all, {@link #PER_EPOCH} to an epoch (the last may hold fewer). */
  PlaneBatches(PlaneDensity density, int batchSize, int steps) {
    this.density = density;
    this.batchSize = batchSize;
    this.steps = steps;
  }

  static final int PER_EPOCH = 100;

  static int epochs(int steps) {
    return (steps + PER_EPOCH - 1) / PER_EPOCH;
  }

  @Override
  public void startEpoch(int epoch, Random random) {
    this.random = random;
    batches = Math.min(PER_EPOCH, steps - PER_EPOCH * (epoch - 1));
  }

  @Override
  public int batches() {
    return batches;
  }

  @Override
  public TrainingBatch batch(NDManager manager, int index) {
    float[] xy = density.sample(batchSize, random);
    return new TrainingBatch(
        new NDList(manager.create(xy, new Shape(batchSize, 2))), new NDList(), batchSize);
  }
}

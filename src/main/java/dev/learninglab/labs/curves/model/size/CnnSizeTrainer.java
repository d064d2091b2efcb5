package dev.learninglab.labs.curves.model.size;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.djl.training.tracker.Tracker;
import dev.learninglab.core.compute.Compute;
import dev.learninglab.core.compute.TrainingLoop;
import dev.learninglab.core.compute.TrainingResult;
import dev.learninglab.core.data.ImageSet;
import dev.learninglab.core.task.Progress;

/**
 * Trains a fresh {@link TutorialCnn} on the first n pool images and measures test accuracy. The
 * seed sets the initial weights and the batch order, so the same seed gives the same point.
 */
public final class CnnSizeTrainer implements SizeTrainer {
  private static final int EVAL_BATCH = 500;

  private final int epochs;
  private final float learningRate;

  public CnnSizeTrainer(int epochs) {
    this(epochs, TutorialCnn.LEARNING_RATE);
  }

  /** A trainer with another SGD step than the tutorial's (a test makes one diverge). */
  CnnSizeTrainer(int epochs, float learningRate) {
    if (epochs < 1) {
      throw new IllegalArgumentException("Epochs must be at least 1, got " + epochs);
    }
    this.epochs = epochs;
    this.learningRate = learningRate;
  }

  @Override
  public SizePoint train(TrainTest data, int size, int seed, Progress progress) throws Exception {
    if (size < 1 || size > data.pool().count()) {
      throw new IllegalArgumentException(
          "Training size "
              + size
              + " is outside 1.."
              + data.pool().count()
              + " (images available in "
              + data.dataset()
              + ")");
    }
    ImageSet train = data.pool().range(0, size);
    Compute.seed(seed);
    try (Model model = Model.newInstance("tutorial-cnn", Compute.device(), Compute.PYTORCH)) {
      model.setBlock(TutorialCnn.build(data.pool().classes()));
      long start = System.nanoTime();
      Tracker rate = Tracker.fixed(learningRate);
      TrainingResult result =
          new TrainingLoop(TutorialCnn.loss(), TutorialCnn.optimizer(rate), rate)
              .run(
                  model,
                  new ImageBatches(train, TutorialCnn.BATCH),
                  new TrainingLoop.Options(
                      epochs, seed, new Shape(1, 1, train.height(), train.width()), null),
                  progress);
      double seconds = (System.nanoTime() - start) / 1e9;
      double loss = result.epochs().get(result.epochs().size() - 1).trainLoss();
      return new SizePoint(size, accuracy(model, data.test()), seconds, epochs, loss);
    }
  }

  static double accuracy(Model model, ImageSet test) {
    int right = 0;
    try (NDManager scope = model.getNDManager().newSubManager()) {
      ParameterStore params = new ParameterStore(scope, false);
      for (int from = 0; from < test.count(); from += EVAL_BATCH) {
        int n = Math.min(EVAL_BATCH, test.count() - from);
        try (NDManager batch = scope.newSubManager()) {
          NDArray logits =
              model
                  .getBlock()
                  .forward(params, new NDList(ImageBatches.inputs(batch, test, from, n)), false)
                  .singletonOrThrow();
          long[] predicted = logits.argMax(1).toLongArray();
          for (int i = 0; i < n; i++) {
            right += predicted[i] == test.labels()[from + i] ? 1 : 0;
          }
        }
      }
    }
    return (double) right / test.count();
  }
}

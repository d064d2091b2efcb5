package dev.learninglab.labs.curves.model.size;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;

/**
 * The tutorial's network: conv 32 3×3 ReLU, max-pool 2×2, flatten, dense 100 ReLU, dense 10
 * (softmax folded into the loss), He-uniform weights, trained with SGD lr 0.01 momentum 0.9 on
 * categorical cross-entropy in batches of 32.
 */
public final class TutorialCnn {
  public static final int BATCH = 32;

  private TutorialCnn() {}

  public static SequentialBlock build(int classes) {
    SequentialBlock net =
        new SequentialBlock()
            .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).setFilters(32).build())
            .add(Activation.reluBlock())
            .add(Pool.maxPool2dBlock(new Shape(2, 2)))
            .add(Blocks.batchFlattenBlock())
            .add(Linear.builder().setUnits(100).build())
            .add(Activation.reluBlock())
            .add(Linear.builder().setUnits(classes).build());
    // Keras' he_uniform: U(±√(6 / fan_in)).
    net.setInitializer(
        new XavierInitializer(
            XavierInitializer.RandomType.UNIFORM, XavierInitializer.FactorType.IN, 6),
        Parameter.Type.WEIGHT);
    return net;
  }

  public static Loss loss() {
    return Loss.softmaxCrossEntropyLoss();
  }

  /** The tutorial's SGD step. */
  public static final float LEARNING_RATE = 0.01f;

  /** SGD with momentum at {@code learningRate}. */
  public static Optimizer optimizer(Tracker learningRate) {
    return Optimizer.sgd().setLearningRateTracker(learningRate).optMomentum(0.9f).build();
  }
}

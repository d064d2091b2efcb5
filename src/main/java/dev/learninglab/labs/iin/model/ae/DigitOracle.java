package dev.learninglab.labs.iin.model.ae;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;

/**
 * The independent judge of "which digit is this": a LeNet-style classifier (conv 16 5×5, pool, conv
 * 32 5×5, pool, linear 10) trained on the grey training digits, never on the autoencoder's output.
 * It reads a colour image through its brightest channel, which is the grey digit whatever the tint.
 */
public final class DigitOracle {
  private final SequentialBlock block;

  public DigitOracle() {
    block =
        new SequentialBlock()
            .add(Conv2d.builder().setKernelShape(new Shape(5, 5)).setFilters(16).build())
            .add(Activation.reluBlock())
            .add(Pool.maxPool2dBlock(new Shape(2, 2)))
            .add(Conv2d.builder().setKernelShape(new Shape(5, 5)).setFilters(32).build())
            .add(Activation.reluBlock())
            .add(Pool.maxPool2dBlock(new Shape(2, 2)))
            .add(Blocks.batchFlattenBlock())
            .add(Linear.builder().setUnits(10).build());
  }

  public SequentialBlock block() {
    return block;
  }

  public static Shape inputShape(int batch) {
    return new Shape(batch, 1, 28, 28);
  }

  /** The predicted digit of each colour image (N, 3, 28, 28). */
  public int[] classify(ParameterStore store, NDArray colourImages) {
    NDArray grey = colourImages.max(new int[] {1}, true);
    long[] predicted =
        block.forward(store, new NDList(grey), false).singletonOrThrow().argMax(1).toLongArray();
    int[] out = new int[predicted.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) predicted[i];
    }
    return out;
  }
}

package dev.learninglab.labs.captioning.model;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;

/**
 * The image encoder all three models share in shape: three 3×3 convolution + ReLU + 2×2 max-pool
 * stages (16, 32, 64 channels), turning a 48×48 picture into a 6×6 grid of 64 features — the
 * tutorial's "small Conv/MaxPool CNN", sized for a CPU.
 */
final class Encoder {

  static final int CHANNELS = 64;
  static final int GRID = SceneGenerator.SIDE / 8;

  private Encoder() {}

  static SequentialBlock build() {
    SequentialBlock b = new SequentialBlock();
    for (int filters : new int[] {16, 32, CHANNELS}) {
      b.add(
              Conv2d.builder()
                  .setKernelShape(new Shape(3, 3))
                  .optPadding(new Shape(1, 1))
                  .setFilters(filters)
                  .build())
          .add(Activation::relu)
          .add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)));
    }
    return b;
  }

  /** Shape of one batch of images. */
  static Shape imageShape(long batch) {
    return new Shape(batch, 3, SceneGenerator.SIDE, SceneGenerator.SIDE);
  }
}

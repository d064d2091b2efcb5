package dev.learninglab.labs.iin.model.ae;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import dev.learninglab.core.compute.layers.PixelShuffle;

/**
 * The "arbitrary model" of stage 1: a plain (not variational) convolutional autoencoder from 3 × 28
 * × 28 colour images to a 64-number code and back. Encoder: two stride-2 convolutions (32, 64
 * channels) and a linear layer; decoder: the mirror image with transposed convolutions and a
 * sigmoid. The IIN never changes it; it only reads its code.
 */
public final class Autoencoder {
  public static final int CODE = 64;
  private static final int SIDE = 28;

  private final SequentialBlock block;

  public Autoencoder() {
    SequentialBlock encoder =
        new SequentialBlock()
            .add(conv(32))
            .add(Activation.leakyReluBlock(0.2f))
            .add(conv(64))
            .add(Activation.leakyReluBlock(0.2f))
            .add(Blocks.batchFlattenBlock())
            .add(Linear.builder().setUnits(CODE).build());
    SequentialBlock decoder =
        new SequentialBlock()
            .add(Linear.builder().setUnits(64L * 7 * 7).build())
            .add(Activation.leakyReluBlock(0.2f))
            .add(
                new LambdaBlock(
                    x -> new NDList(x.singletonOrThrow().reshape(-1, 64, 7, 7)), "unflatten"))
            .add(upsample(32))
            .add(Activation.leakyReluBlock(0.2f))
            .add(upsample(3));
    block = new SequentialBlock().add(encoder).add(decoder);
  }

  /** Encoder then decoder, for training on reconstruction and for saving. */
  public SequentialBlock block() {
    return block;
  }

  public Block encoder() {
    return block.getChildren().get(0).getValue();
  }

  public Block decoder() {
    return block.getChildren().get(1).getValue();
  }

  public static Shape inputShape(int batch) {
    return new Shape(batch, 3, SIDE, SIDE);
  }

  public NDArray encode(ParameterStore store, NDArray images) {
    return encoder().forward(store, new NDList(images), false).singletonOrThrow();
  }

  public NDArray decode(ParameterStore store, NDArray codes) {
    return decoder().forward(store, new NDList(codes), false).singletonOrThrow();
  }

  private static Conv2d conv(int filters) {
    return Conv2d.builder()
        .setKernelShape(new Shape(4, 4))
        .optStride(new Shape(2, 2))
        .optPadding(new Shape(1, 1))
        .setFilters(filters)
        .build();
  }

  /**
   * ×2 up-sampling as a 3×3 convolution to 4× the channels and a pixel shuffle (DJL's PyTorch
   * engine has no transposed convolution).
   */
  private static SequentialBlock upsample(int filters) {
    return new SequentialBlock()
        .add(
            Conv2d.builder()
                .setKernelShape(new Shape(3, 3))
                .optPadding(new Shape(1, 1))
                .setFilters(4 * filters)
                .build())
        .add(
            new LambdaBlock(
                x -> new NDList(PixelShuffle.apply(x.singletonOrThrow(), 2)), "pixelShuffle"));
  }
}

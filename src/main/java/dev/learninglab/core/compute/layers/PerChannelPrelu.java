package dev.learninglab.core.compute.layers;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.util.PairList;

/**
 * PReLU with one learned slope per channel (axis 1), as in He et al. and PyTorch's {@code
 * nn.PReLU(num_parameters=C)}: {@code y = max(x, 0) + a_c * min(x, 0)}.
 *
 * <p>DJL's own {@code Prelu} holds a single scalar slope (and, with the PyTorch engine in 0.36,
 * fails to initialise), so conv nets that follow the papers need this block. It works on any
 * rank ≥ 2: images (N, C, H, W), sequences (N, C, L) or node features (N, C).
 */
public final class PerChannelPrelu extends AbstractBlock {

  private static final byte VERSION = 1;
  private final int channels;
  private final Parameter alpha;

  /** A PReLU over {@code channels} channels with slopes starting at 0.25 (PyTorch's default). */
  public PerChannelPrelu(int channels) {
    super(VERSION);
    this.channels = channels;
    // type OTHER keeps network-wide weight initialisers (He, Xavier) away from the slopes
    alpha =
        addParameter(
            Parameter.builder()
                .setName("alpha")
                .setType(Parameter.Type.OTHER)
                .optShape(new Shape(channels))
                .optInitializer(new ConstantInitializer(0.25f))
                .build());
  }

  /** The number of channels, one slope each. */
  public int channels() {
    return channels;
  }

  /** The slope parameter, shape (C). */
  public Parameter alpha() {
    return alpha;
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    if (x.getShape().dimension() < 2 || x.getShape().get(1) != channels) {
      throw new IllegalArgumentException(
          "PerChannelPrelu expects (N, " + channels + ", ...) but got " + x.getShape());
    }
    long[] slopeShape = new long[x.getShape().dimension()];
    java.util.Arrays.fill(slopeShape, 1);
    slopeShape[1] = channels;
    NDArray a = store.getValue(alpha, x.getDevice(), training).reshape(new Shape(slopeShape));
    // results of ops on a parameter belong to the model's manager; move this one to the
    // batch's, or every forward pass would leave an array behind until the model closes
    a.attach(x.getManager());
    return new NDList(x.maximum(0f).add(x.minimum(0f).mul(a)));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return inputShapes;
  }
}

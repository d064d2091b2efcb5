package dev.learninglab.labs.iin.model.flow;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Two affine couplings on alternating halves (RealNVP, as the IIN uses them): with x = (a, b),
 * {@code b' = b · exp(s₀(a)) + t₀(a)} and then {@code a' = a · exp(s₁(b')) + t₁(b')}. Each step
 * changes one half as a function of the other, so the inverse is exact and log|det| is the sum of
 * the log-scales s₀ and s₁.
 */
public final class DoubleAffineCoupling extends AbstractBlock implements FlowStep {
  private static final byte VERSION = 1;
  private final int half;
  private final Block scale0;
  private final Block shift0;
  private final Block scale1;
  private final Block shift1;

  /** A coupling of {@code dim} (even) dimensions whose nets have {@code depth} hidden layers. */
  public DoubleAffineCoupling(int dim, int hidden, int depth) {
    super(VERSION);
    if (dim < 2 || dim % 2 != 0) {
      throw new IllegalArgumentException("A coupling needs an even dimension ≥ 2, got " + dim);
    }
    half = dim / 2;
    scale0 = addChildBlock("scale0", CouplingNet.build(hidden, depth, half, true));
    shift0 = addChildBlock("shift0", CouplingNet.build(hidden, depth, half, false));
    scale1 = addChildBlock("scale1", CouplingNet.build(hidden, depth, half, true));
    shift1 = addChildBlock("shift1", CouplingNet.build(hidden, depth, half, false));
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    NDArray a = x.get(new NDIndex(":, :{}", half));
    NDArray b = x.get(new NDIndex(":, {}:", half));
    NDArray s0 = net(scale0, store, a, training);
    NDArray b2 = b.mul(s0.exp()).add(net(shift0, store, a, training));
    NDArray s1 = net(scale1, store, b2, training);
    NDArray a2 = a.mul(s1.exp()).add(net(shift1, store, b2, training));
    NDArray logdet = s0.sum(new int[] {1}).add(s1.sum(new int[] {1}));
    return new NDList(NDArrays.concat(new NDList(a2, b2), 1), logdet);
  }

  @Override
  public NDArray inverse(ParameterStore store, NDArray y) {
    NDArray a2 = y.get(new NDIndex(":, :{}", half));
    NDArray b2 = y.get(new NDIndex(":, {}:", half));
    NDArray a =
        a2.sub(net(shift1, store, b2, false)).mul(net(scale1, store, b2, false).neg().exp());
    NDArray b = b2.sub(net(shift0, store, a, false)).mul(net(scale0, store, a, false).neg().exp());
    return NDArrays.concat(new NDList(a, b), 1);
  }

  private static NDArray net(Block net, ParameterStore store, NDArray in, boolean training) {
    return net.forward(store, new NDList(in), training).singletonOrThrow();
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape halfShape = new Shape(inputShapes[0].get(0), half);
    for (Block child : getChildren().values()) {
      child.initialize(manager, dataType, halfShape);
    }
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0], new Shape(inputShapes[0].get(0))};
  }
}

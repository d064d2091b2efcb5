package dev.learninglab.labs.iin.model.flow;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * A normalising flow on vectors: {@code blocks} repetitions of ActNorm → double affine coupling →
 * fixed shuffle. Its forward pass maps x (N, D) to {@code [z, logdet]} with logdet the sum of its
 * steps' log|det J|; {@link #inverse} maps z back to x.
 */
public final class Flow extends AbstractBlock {
  private static final byte VERSION = 1;
  private final FlowShape shape;
  private final List<Block> steps = new ArrayList<>();

  public Flow(FlowShape shape) {
    super(VERSION);
    this.shape = shape;
    for (int k = 0; k < shape.blocks(); k++) {
      steps.add(addChildBlock("actnorm" + k, new ActNorm(shape.dim())));
      steps.add(
          addChildBlock(
              "coupling" + k,
              new DoubleAffineCoupling(shape.dim(), shape.hidden(), shape.depth())));
      steps.add(addChildBlock("shuffle" + k, new Shuffle(shape.dim(), shape.seed() * 1000L + k)));
    }
  }

  public FlowShape shape() {
    return shape;
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    NDArray logdet = x.getManager().zeros(new Shape(x.getShape().get(0)));
    for (Block step : steps) {
      NDList out = step.forward(store, new NDList(x), training);
      x = out.get(0);
      logdet = logdet.add(out.get(1));
    }
    return new NDList(x, logdet);
  }

  /** x from z, through every step's exact inverse in reverse order. */
  public NDArray inverse(ParameterStore store, NDArray z) {
    NDArray x = z;
    for (int i = steps.size() - 1; i >= 0; i--) {
      x = ((FlowStep) steps.get(i)).inverse(store, x);
    }
    return x;
  }

  /**
   * The samples after each block (ActNorm, coupling and shuffle together), starting with the input:
   * {@code blocks + 1} arrays, for watching data become Gaussian layer by layer.
   */
  public List<NDArray> trace(ParameterStore store, NDArray x) {
    List<NDArray> out = new ArrayList<>();
    out.add(x);
    for (int i = 0; i < steps.size(); i++) {
      x = steps.get(i).forward(store, new NDList(x), false).get(0);
      if (i % 3 == 2) {
        out.add(x);
      }
    }
    return out;
  }

  /**
   * Data-dependent initialisation: each ActNorm is set from the batch as it arrives there, so the
   * untrained flow already maps this batch to zero mean and unit variance at every block.
   */
  public void initialiseFrom(ParameterStore store, NDArray x) {
    for (Block step : steps) {
      if (step instanceof ActNorm norm) {
        norm.initialiseFrom(x);
      }
      x = step.forward(store, new NDList(x), false).get(0);
    }
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    for (Block step : steps) {
      step.initialize(manager, dataType, inputShapes[0]);
    }
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0], new Shape(inputShapes[0].get(0))};
  }
}

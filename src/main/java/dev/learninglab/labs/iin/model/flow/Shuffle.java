package dev.learninglab.labs.iin.model.flow;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.Random;

/**
 * A fixed random permutation of the dimensions, so that each coupling sees a different split of
 * them; volume-preserving (log|det| = 0). The permutation follows from the seed, so a saved flow
 * needs only the seed to rebuild it.
 */
public final class Shuffle extends AbstractBlock implements FlowStep {
  private static final byte VERSION = 1;
  private final long[] forward;
  private final long[] backward;

  public Shuffle(int dim, long seed) {
    super(VERSION);
    forward = new long[dim];
    for (int i = 0; i < dim; i++) {
      forward[i] = i;
    }
    Random random = new Random(seed);
    for (int i = dim - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      long t = forward[i];
      forward[i] = forward[j];
      forward[j] = t;
    }
    backward = new long[dim];
    for (int i = 0; i < dim; i++) {
      backward[(int) forward[i]] = i;
    }
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    return new NDList(permute(x, forward), x.getManager().zeros(new Shape(x.getShape().get(0))));
  }

  @Override
  public NDArray inverse(ParameterStore store, NDArray y) {
    return permute(y, backward);
  }

  private static NDArray permute(NDArray x, long[] order) {
    return x.get(new NDIndex(":, {}", x.getManager().create(order)));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0], new Shape(inputShapes[0].get(0))};
  }
}

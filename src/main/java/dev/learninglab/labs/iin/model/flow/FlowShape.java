package dev.learninglab.labs.iin.model.flow;

/**
 * What rebuilds a {@link Flow}: dimension (even), number of blocks, the coupling nets' hidden width
 * and extra hidden layers, and the seed of the fixed shuffles. Saved in a checkpoint's card.
 */
public record FlowShape(int dim, int blocks, int hidden, int depth, int seed) {
  public FlowShape {
    if (dim < 2 || dim % 2 != 0) {
      throw new IllegalArgumentException("A flow needs an even dimension ≥ 2, got " + dim);
    }
    if (blocks < 1 || hidden < 1 || depth < 0) {
      throw new IllegalArgumentException(
          "A flow needs blocks ≥ 1, hidden ≥ 1 and depth ≥ 0, got %d, %d, %d"
              .formatted(blocks, hidden, depth));
    }
  }
}

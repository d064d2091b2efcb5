package dev.learninglab.core.compute;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;

/** Checks a network's weights before they are kept. */
final class Weights {

  private Weights() {}

  /**
   * Whether every initialised parameter of {@code block} is a finite number: a NaN or an infinity
   * anywhere makes the sum of the array, taken in double precision, not finite.
   */
  static boolean finite(Block block) {
    for (Pair<String, Parameter> p : block.getParameters()) {
      Parameter parameter = p.getValue();
      if (!parameter.isInitialized()) {
        continue;
      }
      try (NDArray wide = parameter.getArray().toType(DataType.FLOAT64, true);
          NDArray sum = wide.sum()) {
        if (!Double.isFinite(sum.getDouble())) {
          return false;
        }
      }
    }
    return true;
  }
}

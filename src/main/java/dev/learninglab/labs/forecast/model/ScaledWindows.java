package dev.learninglab.labs.forecast.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Windows of a series min-max scaled for the network: inputs and labels for windows {@code
 * from..to−1}, in plain float arrays so batches are created on whatever manager asks.
 */
final class ScaledWindows {
  final int window;
  final float[] inputs; // count × window
  final float[] labels; // count

  ScaledWindows(double[] x, Protocol p, Target target, MinMaxScaler scaler, int from, int to) {
    window = p.window();
    int count = to - from;
    inputs = new float[count * window];
    labels = new float[count];
    for (int k = 0; k < count; k++) {
      int i = from + k;
      for (int j = 0; j < window; j++) {
        inputs[k * window + j] = (float) scaler.scale(x[i + j]);
      }
      labels[k] = (float) scaler.scale(target.label(x, p, i));
    }
  }

  int count() {
    return labels.length;
  }

  /** Inputs of windows {@code rows} (indices into this set) as {@code (B, W, 1)}. */
  NDArray inputs(NDManager manager, int[] rows) {
    float[] batch = new float[rows.length * window];
    for (int r = 0; r < rows.length; r++) {
      System.arraycopy(inputs, rows[r] * window, batch, r * window, window);
    }
    return manager.create(batch, new Shape(rows.length, window, 1));
  }

  NDArray labels(NDManager manager, int[] rows) {
    float[] batch = new float[rows.length];
    for (int r = 0; r < rows.length; r++) {
      batch[r] = labels[rows[r]];
    }
    return manager.create(batch, new Shape(rows.length, 1));
  }
}

package dev.learninglab.labs.forecast.model;

import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;

/** Runs a trained network over windows and turns its scaled outputs back into prices. */
final class Predictions {
  private static final int BATCH = 512;

  private Predictions() {}

  /** The network's forecasts for every window of {@code data}, in price units. */
  static double[] of(Model model, ScaledWindows data, MinMaxScaler scaler) {
    double[] out = new double[data.count()];
    try (NDManager scope = model.getNDManager().newSubManager()) {
      ParameterStore params = new ParameterStore(scope, false);
      for (int from = 0; from < out.length; from += BATCH) {
        int n = Math.min(BATCH, out.length - from);
        int[] rows = new int[n];
        for (int r = 0; r < n; r++) {
          rows[r] = from + r;
        }
        try (NDManager batch = scope.newSubManager()) {
          float[] y =
              model
                  .getBlock()
                  .forward(params, new NDList(data.inputs(batch, rows)), false)
                  .singletonOrThrow()
                  .toFloatArray();
          for (int r = 0; r < n; r++) {
            out[from + r] = scaler.unscale(y[r]);
          }
        }
      }
    }
    return out;
  }

  /** Mean squared error in price units against the windows' own labels. */
  static double mse(Model model, ScaledWindows data, MinMaxScaler scaler) {
    double[] predicted = of(model, data, scaler);
    double sum = 0;
    for (int k = 0; k < predicted.length; k++) {
      double e = predicted[k] - scaler.unscale(data.labels[k]);
      sum += e * e;
    }
    return sum / predicted.length;
  }
}

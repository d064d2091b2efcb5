package dev.learninglab.labs.smell.model.gnn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import dev.learninglab.labs.smell.model.graph.MolecularGraph;
import java.util.ArrayList;
import java.util.List;

/** Runs a trained {@link OdourGnn} on molecules, in batches, each in its own closed manager. */
public final class GnnPredictor {
  private static final int BATCH = 256;

  private GnnPredictor() {}

  /** Sigmoid probabilities, molecules × tasks. */
  public static double[][] probabilities(
      OdourGnn block, NDManager manager, List<MolecularGraph> graphs) {
    return sigmoid(logits(block, manager, graphs));
  }

  /** The logistic function of every entry, in place. */
  static double[][] sigmoid(double[][] logits) {
    for (double[] row : logits) {
      for (int t = 0; t < row.length; t++) {
        row[t] = 1 / (1 + Math.exp(-row[t]));
      }
    }
    return logits;
  }

  /** Raw logits, molecules × tasks. */
  public static double[][] logits(OdourGnn block, NDManager manager, List<MolecularGraph> graphs) {
    double[][] out = new double[graphs.size()][];
    for (int from = 0; from < graphs.size(); from += BATCH) {
      List<MolecularGraph> part = graphs.subList(from, Math.min(graphs.size(), from + BATCH));
      try (NDManager scope = manager.newSubManager()) {
        NDList inputs = new GraphBatch(part).toNDList(scope);
        NDArray logits =
            block.forward(new ParameterStore(scope, false), inputs, false).singletonOrThrow();
        float[] p = logits.toFloatArray();
        int tasks = block.config().tasks();
        for (int i = 0; i < part.size(); i++) {
          out[from + i] = new double[tasks];
          for (int t = 0; t < tasks; t++) {
            out[from + i][t] = p[i * tasks + t];
          }
        }
      }
    }
    return out;
  }

  /** Molecule embeddings (the readout vector the head sees), molecules × readout width. */
  public static double[][] embeddings(
      OdourGnn block, NDManager manager, List<MolecularGraph> graphs) {
    List<double[]> out = new ArrayList<>();
    int width = block.readoutWidth();
    for (int from = 0; from < graphs.size(); from += BATCH) {
      List<MolecularGraph> part = graphs.subList(from, Math.min(graphs.size(), from + BATCH));
      try (NDManager scope = manager.newSubManager()) {
        float[] e =
            block
                .embeddings(new ParameterStore(scope, false), new GraphBatch(part).toNDList(scope))
                .toFloatArray();
        for (int i = 0; i < part.size(); i++) {
          double[] row = new double[width];
          for (int k = 0; k < width; k++) {
            row[k] = e[i * width + k];
          }
          out.add(row);
        }
      }
    }
    return out.toArray(double[][]::new);
  }

  /** One molecule's per-atom share of each logit, atoms × tasks. */
  public static double[][] atomContributions(
      OdourGnn block, NDManager manager, MolecularGraph graph) {
    try (NDManager scope = manager.newSubManager()) {
      NDList inputs = new GraphBatch(List.of(graph)).toNDList(scope);
      float[] c = block.atomContributions(new ParameterStore(scope, false), inputs).toFloatArray();
      int tasks = block.config().tasks();
      double[][] out = new double[graph.atomCount()][tasks];
      for (int a = 0; a < graph.atomCount(); a++) {
        for (int t = 0; t < tasks; t++) {
          out[a][t] = c[a * tasks + t];
        }
      }
      return out;
    }
  }
}

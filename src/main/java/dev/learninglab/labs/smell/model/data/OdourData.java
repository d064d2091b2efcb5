package dev.learninglab.labs.smell.model.data;

import dev.learninglab.labs.smell.model.graph.MolecularGraph;
import java.util.List;

/**
 * Molecules with their odour labels, one column per task (1 for fruity, 138 for GS-LF).
 *
 * @param graphs featurised molecules
 * @param labels molecules × tasks, 0 or 1
 * @param taskNames one name per label column
 * @param skipped rows whose SMILES did not parse
 */
public record OdourData(
    List<MolecularGraph> graphs,
    float[][] labels,
    List<String> taskNames,
    List<SkippedRow> skipped) {

  public int size() {
    return graphs.size();
  }

  public int tasks() {
    return taskNames.size();
  }

  /** The first {@code n} molecules (all if there are fewer), e.g. for a quick run. */
  public OdourData first(int n) {
    int k = Math.min(n, size());
    return new OdourData(
        graphs.subList(0, k), java.util.Arrays.copyOf(labels, k), taskNames, skipped);
  }

  /** One task's labels as 0/1 ints. */
  public int[] column(int task) {
    int[] y = new int[labels.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = labels[i][task] > 0.5f ? 1 : 0;
    }
    return y;
  }
}

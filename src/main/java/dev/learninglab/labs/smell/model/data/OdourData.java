package dev.learninglab.labs.smell.model.data;

import dev.learninglab.labs.smell.model.graph.MolecularGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Molecules with their odour labels, one column per task (1 for fruity, 138 for GS-LF), and
 * optionally auxiliary labels: more odour words the network may learn alongside, which are never
 * measured (for fruity, the other words of each molecule's odour sentence).
 *
 * @param graphs featurised molecules
 * @param labels molecules × tasks, 0 or 1: what is measured
 * @param taskNames one name per label column
 * @param auxiliary molecules × auxiliary words, 0 or 1 (rows of length 0 when there are none)
 * @param auxiliaryNames one name per auxiliary column
 * @param skipped rows whose SMILES did not parse
 */
public record OdourData(
    List<MolecularGraph> graphs,
    float[][] labels,
    List<String> taskNames,
    float[][] auxiliary,
    List<String> auxiliaryNames,
    List<SkippedRow> skipped) {

  /** Data without auxiliary labels. */
  public OdourData(
      List<MolecularGraph> graphs,
      float[][] labels,
      List<String> taskNames,
      List<SkippedRow> skipped) {
    this(graphs, labels, taskNames, new float[labels.length][0], List.of(), skipped);
  }

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
        graphs.subList(0, k),
        Arrays.copyOf(labels, k),
        taskNames,
        Arrays.copyOf(auxiliary, k),
        auxiliaryNames,
        skipped);
  }

  /** The same molecules and tasks without the auxiliary labels. */
  public OdourData withoutAuxiliary() {
    return new OdourData(graphs, labels, taskNames, skipped);
  }

  /** What a network is trained to output: the tasks first, then the auxiliary words. */
  public float[][] trainingTargets() {
    float[][] targets = new float[size()][];
    for (int i = 0; i < targets.length; i++) {
      targets[i] = Arrays.copyOf(labels[i], tasks() + auxiliaryNames.size());
      System.arraycopy(auxiliary[i], 0, targets[i], tasks(), auxiliaryNames.size());
    }
    return targets;
  }

  /** Names of {@link #trainingTargets()}'s columns. */
  public List<String> trainingNames() {
    List<String> names = new ArrayList<>(taskNames);
    names.addAll(auxiliaryNames);
    return List.copyOf(names);
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

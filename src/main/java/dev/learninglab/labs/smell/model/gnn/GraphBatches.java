package dev.learninglab.labs.smell.model.gnn;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.learninglab.core.compute.BatchSource;
import dev.learninglab.core.compute.TrainingBatch;
import dev.learninglab.labs.smell.model.graph.MolecularGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Shuffled mini-batches of molecules for the training loop, built fresh on each step's manager. */
final class GraphBatches implements BatchSource {
  private final List<MolecularGraph> graphs;
  private final float[][] labels;
  private final int[] rows;
  private final int batchSize;
  private final int[] order;

  GraphBatches(List<MolecularGraph> graphs, float[][] labels, int[] rows, int batchSize) {
    this.graphs = graphs;
    this.labels = labels;
    this.rows = rows.clone();
    this.batchSize = batchSize;
    this.order = rows.clone();
  }

  @Override
  public void startEpoch(int epoch, Random random) {
    System.arraycopy(rows, 0, order, 0, rows.length);
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }

  @Override
  public int batches() {
    return (order.length + batchSize - 1) / batchSize;
  }

  @Override
  public TrainingBatch batch(NDManager manager, int index) {
    int from = index * batchSize;
    int to = Math.min(order.length, from + batchSize);
    List<MolecularGraph> members = new ArrayList<>(to - from);
    int tasks = labels[0].length;
    float[] y = new float[(to - from) * tasks];
    for (int i = from; i < to; i++) {
      members.add(graphs.get(order[i]));
      System.arraycopy(labels[order[i]], 0, y, (i - from) * tasks, tasks);
    }
    NDList inputs = new GraphBatch(members).toNDList(manager);
    NDList target = new NDList(manager.create(y, new Shape(to - from, tasks)));
    return new TrainingBatch(inputs, target, to - from);
  }
}

package dev.learninglab.labs.smell.model.gnn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * A graph network over {@link GraphBatch} inputs: ogb-style atom encoder (one embedding per atom
 * feature, summed), {@code layers} rounds of message passing, a readout over each molecule's atoms,
 * and a linear head giving one logit per label.
 *
 * <p>GCN (the tutorial's model, Kipf &amp; Welling): h ← ReLU(W · D^-½(A+I)D^-½ h + b), mean
 * readout.
 *
 * <p>Edge (GIN-E, the stronger model, bond features in the messages as in Hu et al.'s ogb
 * baselines): m_e = ReLU(h_src + bond embedding), z = MLP(h + Σ_incoming m) with batch norm inside
 * and after the MLP, dropout, and a residual h ← h + z. Its readout concatenates the mean and the
 * sum of the atom states: the sum keeps the molecule's size, which the mean throws away. Both
 * readouts are linear in the atom states and the head is linear, so each atom's share of a logit
 * stays exact ({@link #atomContributions}).
 */
public final class OdourGnn extends AbstractBlock {
  // GCN files saved before the edge model grew batch norm and dropout still load: the GCN's
  // structure is unchanged, and edge files were never shipped before.
  private static final byte VERSION = 1;
  private static final float DROPOUT = 0.1f;

  private final GnnConfig config;
  private final Parameter atomEmbedding;
  private final List<Parameter> bondEmbeddings = new ArrayList<>();
  private final List<Linear> first = new ArrayList<>();
  private final List<Linear> second = new ArrayList<>();
  private final List<Block> innerNorms = new ArrayList<>();
  private final List<Block> outerNorms = new ArrayList<>();
  private final Block dropout;
  private final Linear head;

  public OdourGnn(GnnConfig config) {
    super(VERSION);
    this.config = config;
    atomEmbedding =
        addParameter(
            Parameter.builder()
                .setName("atomEmbedding")
                .setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(GraphBatch.ATOM_VOCABULARY, config.hidden()))
                .build());
    for (int l = 0; l < config.layers(); l++) {
      first.add(addChildBlock("layer" + l, Linear.builder().setUnits(config.hidden()).build()));
      if (config.kind() == GnnConfig.Kind.EDGE) {
        bondEmbeddings.add(
            addParameter(
                Parameter.builder()
                    .setName("bondEmbedding" + l)
                    .setType(Parameter.Type.WEIGHT)
                    .optShape(new Shape(GraphBatch.BOND_VOCABULARY, config.hidden()))
                    .build()));
        second.add(
            addChildBlock("layer" + l + "b", Linear.builder().setUnits(config.hidden()).build()));
        innerNorms.add(addChildBlock("norm" + l + "a", BatchNorm.builder().build()));
        outerNorms.add(addChildBlock("norm" + l + "b", BatchNorm.builder().build()));
      }
    }
    dropout =
        config.kind() == GnnConfig.Kind.EDGE
            ? addChildBlock("dropout", Dropout.builder().optRate(DROPOUT).build())
            : null;
    head = addChildBlock("head", Linear.builder().setUnits(config.tasks()).build());
  }

  public GnnConfig config() {
    return config;
  }

  /** Width of the readout vector (the molecule's embedding). */
  public int readoutWidth() {
    return config.kind() == GnnConfig.Kind.EDGE ? 2 * config.hidden() : config.hidden();
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray pooled = readout(inputs, atomStates(store, inputs, training));
    if (config.kind() == GnnConfig.Kind.EDGE) {
      pooled = dropout.forward(store, new NDList(pooled), training).singletonOrThrow();
    }
    return head.forward(store, new NDList(pooled), training);
  }

  /** Each molecule's learned embedding: the readout vector the head sees (G × readout width). */
  public NDArray embeddings(ParameterStore store, NDList inputs) {
    return readout(inputs, atomStates(store, inputs, false));
  }

  /**
   * Each atom's exact share of each logit (N × tasks) for a batch of one molecule: the readout is
   * linear in the atom states and the head is linear, so logit = bias + Σ_atoms (head(x_a) − bias)
   * with x_a the atom's term of the readout (h/n for the mean, h for the sum).
   */
  public NDArray atomContributions(ParameterStore store, NDList inputs) {
    NDArray h = atomStates(store, inputs, false);
    NDArray n = inputs.get(GraphBatch.ATOMS_PER_MOLECULE).reshape(1, 1);
    NDArray terms = config.kind() == GnnConfig.Kind.EDGE ? h.div(n).concat(h, 1) : h.div(n);
    NDArray withBias = head.forward(store, new NDList(terms), false).singletonOrThrow();
    NDArray bias = head.forward(store, new NDList(terms.zerosLike()), false).singletonOrThrow();
    return withBias.sub(bias);
  }

  private NDArray readout(NDList inputs, NDArray h) {
    NDArray mean = inputs.get(5).matMul(h);
    if (config.kind() == GnnConfig.Kind.GCN) {
      return mean;
    }
    NDArray sum = mean.mul(inputs.get(GraphBatch.ATOMS_PER_MOLECULE).reshape(-1, 1));
    return mean.concat(sum, 1);
  }

  private NDArray atomStates(ParameterStore store, NDList inputs, boolean training) {
    NDArray device = inputs.get(0);
    NDArray h = inputs.get(0).matMul(store.getValue(atomEmbedding, device.getDevice(), training));
    for (int l = 0; l < config.layers(); l++) {
      boolean last = l + 1 == config.layers();
      if (config.kind() == GnnConfig.Kind.GCN) {
        NDArray propagated = inputs.get(1).matMul(h);
        NDArray next =
            first.get(l).forward(store, new NDList(propagated), training).singletonOrThrow();
        h = last ? next : Activation.relu(next);
      } else {
        NDArray messages = inputs.get(2).matMul(h);
        NDArray bonds =
            inputs
                .get(4)
                .matMul(store.getValue(bondEmbeddings.get(l), device.getDevice(), training));
        NDArray summed = inputs.get(3).matMul(Activation.relu(messages.add(bonds)));
        NDArray z = apply(first.get(l), store, h.add(summed), training);
        z = Activation.relu(apply(innerNorms.get(l), store, z, training));
        z = apply(outerNorms.get(l), store, apply(second.get(l), store, z, training), training);
        if (!last) {
          z = Activation.relu(z);
        }
        h = h.add(apply(dropout, store, z, training));
      }
    }
    return h;
  }

  private static NDArray apply(Block block, ParameterStore store, NDArray x, boolean training) {
    return block.forward(store, new NDList(x), training).singletonOrThrow();
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {new Shape(-1, config.tasks())};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape width = new Shape(1, config.hidden());
    for (Linear linear : first) {
      linear.initialize(manager, dataType, width);
    }
    for (Linear linear : second) {
      linear.initialize(manager, dataType, width);
    }
    for (Block norm : innerNorms) {
      norm.initialize(manager, dataType, width);
    }
    for (Block norm : outerNorms) {
      norm.initialize(manager, dataType, width);
    }
    if (dropout != null) {
      dropout.initialize(manager, dataType, width);
    }
    head.initialize(manager, dataType, new Shape(1, readoutWidth()));
  }
}

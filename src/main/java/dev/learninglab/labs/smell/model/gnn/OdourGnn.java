package dev.learninglab.labs.smell.model.gnn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * A graph network over {@link GraphBatch} inputs: ogb-style atom encoder (one embedding per atom
 * feature, summed), {@code layers} rounds of message passing, mean over each molecule's atoms, and
 * a linear head giving one logit per label.
 *
 * <p>GCN round (Kipf &amp; Welling): h ← ReLU(W · D^-½(A+I)D^-½ h + b). Edge round (GIN-E, bond
 * features in the messages): m_e = ReLU(h_src + bond embedding), h ← MLP(h + Σ_incoming m).
 */
public final class OdourGnn extends AbstractBlock {
  private static final byte VERSION = 1;

  private final GnnConfig config;
  private final Parameter atomEmbedding;
  private final List<Parameter> bondEmbeddings = new ArrayList<>();
  private final List<Linear> first = new ArrayList<>();
  private final List<Linear> second = new ArrayList<>();
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
      }
    }
    head = addChildBlock("head", Linear.builder().setUnits(config.tasks()).build());
  }

  public GnnConfig config() {
    return config;
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray pooled = inputs.get(5).matMul(atomStates(store, inputs, training));
    return head.forward(store, new NDList(pooled), training);
  }

  /** Each molecule's learned embedding: the mean of its final atom states (G × hidden). */
  public NDArray embeddings(ParameterStore store, NDList inputs) {
    return inputs.get(5).matMul(atomStates(store, inputs, false));
  }

  /**
   * Each atom's exact share of each logit (N × tasks): the head is linear after a mean, so the
   * logit is bias + Σ_atoms head(h_atom − 0)/atoms of the molecule.
   */
  public NDArray atomContributions(ParameterStore store, NDList inputs, NDArray atomsPerMolecule) {
    NDArray h = atomStates(store, inputs, false);
    NDArray withBias = head.forward(store, new NDList(h), false).singletonOrThrow();
    NDArray bias = head.forward(store, new NDList(h.zerosLike()), false).singletonOrThrow();
    return withBias.sub(bias).div(atomsPerMolecule.reshape(-1, 1));
  }

  private NDArray atomStates(ParameterStore store, NDList inputs, boolean training) {
    NDArray device = inputs.get(0);
    NDArray h = inputs.get(0).matMul(store.getValue(atomEmbedding, device.getDevice(), training));
    for (int l = 0; l < config.layers(); l++) {
      NDArray next;
      if (config.kind() == GnnConfig.Kind.GCN) {
        NDArray propagated = inputs.get(1).matMul(h);
        next = first.get(l).forward(store, new NDList(propagated), training).singletonOrThrow();
      } else {
        NDArray messages = inputs.get(2).matMul(h);
        NDArray bonds =
            inputs
                .get(4)
                .matMul(store.getValue(bondEmbeddings.get(l), device.getDevice(), training));
        NDArray summed = inputs.get(3).matMul(Activation.relu(messages.add(bonds)));
        NDArray hidden =
            Activation.relu(
                first
                    .get(l)
                    .forward(store, new NDList(h.add(summed)), training)
                    .singletonOrThrow());
        next = second.get(l).forward(store, new NDList(hidden), training).singletonOrThrow();
      }
      h = l + 1 < config.layers() ? Activation.relu(next) : next;
    }
    return h;
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
    head.initialize(manager, dataType, width);
  }
}

package dev.learninglab.labs.smell.model.gnn;

import ai.djl.Model;
import ai.djl.nn.Block;
import dev.learninglab.core.compute.CheckpointCard;
import dev.learninglab.core.compute.CheckpointFolder;
import dev.learninglab.core.compute.Compute;
import dev.learninglab.core.compute.StopReason;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A trained network or ensemble on disk, as a {@link CheckpointFolder} named {@code model}: {@code
 * model.json} (the card; the lab's part is a {@link Description}) and one parameter file per
 * member, {@code model.params} then {@code model-2.params} … The jar ships two under {@code
 * /smell/models/fruity} and {@code /smell/models/gslf}. The card's epoch is the latest epoch a
 * member kept, its score the members' mean validation ROC-AUC.
 */
public final class SavedModel implements AutoCloseable {
  static final String NAME = "model";
  static final String LAB = "smell";

  /** The lab's part of the card: the network's shape and its outputs' names. */
  public record Description(String kind, int hidden, int layers, List<String> taskNames) {}

  private final GnnEnsemble ensemble;
  private final List<String> taskNames;

  private SavedModel(GnnEnsemble ensemble, List<String> taskNames) {
    this.ensemble = ensemble;
    this.taskNames = taskNames;
  }

  /**
   * Writes {@code ensemble} with its output names as the folder {@code dir}, as one unit: a kill
   * leaves the model there before or the new one. A folder holding anything else is refused.
   */
  public static void save(GnnEnsemble ensemble, List<String> taskNames, Path dir)
      throws IOException {
    List<GnnEnsemble.Member> members = ensemble.members();
    GnnConfig config = ensemble.config();
    Description description =
        new Description(config.kind().cliName(), config.hidden(), config.layers(), taskNames);
    CheckpointCard card =
        CheckpointCard.of(
            LAB,
            members.size(),
            members.stream().mapToInt(GnnEnsemble.Member::bestEpoch).max().orElse(0),
            members.stream()
                .mapToDouble(GnnEnsemble.Member::validation)
                .average()
                .orElse(Double.NaN),
            description);
    CheckpointFolder.at(dir, NAME)
        .write(
            card.stopped(StopReason.COMPLETED),
            members.stream().map(m -> (Block) m.block()).toList());
  }

  /** Loads a model saved by {@code smell train --out DIR}. */
  public static SavedModel load(Path dir) throws IOException {
    CheckpointFolder checkpoint = CheckpointFolder.at(dir, NAME);
    if (!checkpoint.exists()) {
      throw new IOException(
          dir + " holds no trained smell model (expected model.json and model.params)");
    }
    return load(checkpoint);
  }

  /** Loads one of the shipped models (fruity or gslf); empty if the jar has none. */
  public static Optional<SavedModel> shipped(String task) throws IOException {
    CheckpointFolder checkpoint = CheckpointFolder.shipped("/smell/models/" + task, NAME);
    return checkpoint.exists() ? Optional.of(load(checkpoint)) : Optional.empty();
  }

  private static SavedModel load(CheckpointFolder checkpoint) throws IOException {
    CheckpointCard card = checkpoint.card(LAB);
    Description description =
        card.model(Description.class, checkpoint.where(checkpoint.cardName()));
    GnnConfig config;
    try {
      config =
          new GnnConfig(
              GnnConfig.Kind.parse(description.kind()),
              description.hidden(),
              description.layers(),
              description.taskNames().size());
    } catch (IllegalArgumentException e) {
      throw new IOException(checkpoint.where(checkpoint.cardName()) + ": " + e.getMessage(), e);
    }
    List<GnnEnsemble.Member> members = new ArrayList<>();
    try {
      for (int k = 0; k < card.members(); k++) {
        members.add(loadMember(config, checkpoint, k));
      }
    } catch (IOException | RuntimeException e) {
      members.forEach(m -> m.model().close());
      throw e;
    }
    return new SavedModel(new GnnEnsemble(members), List.copyOf(description.taskNames()));
  }

  private static GnnEnsemble.Member loadMember(GnnConfig config, CheckpointFolder checkpoint, int k)
      throws IOException {
    Model model = Model.newInstance("smell", Compute.device(), Compute.PYTORCH);
    OdourGnn block = new OdourGnn(config);
    model.setBlock(block);
    try {
      block.initialize(
          model.getNDManager(),
          ai.djl.ndarray.types.DataType.FLOAT32,
          new ai.djl.ndarray.types.Shape(1, 9));
      checkpoint.loadWeights(k, block, model.getNDManager());
      return new GnnEnsemble.Member(model, block);
    } catch (IOException | RuntimeException e) {
      model.close();
      throw e;
    }
  }

  /** The network or ensemble. */
  public GnnEnsemble ensemble() {
    return ensemble;
  }

  public List<String> taskNames() {
    return taskNames;
  }

  @Override
  public void close() {
    ensemble.close();
  }
}

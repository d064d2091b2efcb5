package dev.learninglab.labs.superres.model;

import dev.learninglab.core.compute.CheckpointCard;
import dev.learninglab.core.compute.CheckpointFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes a network as training would: the checkpoint folder fsrcnn-xN with its card. */
public final class TrainedCheckpoints {
  private TrainedCheckpoints() {}

  /** Saves {@code model} under {@code dir} and returns the weights file in its folder. */
  public static Path save(FsrcnnModel model, FsrcnnConfig config, Path dir) throws IOException {
    String name = ModelLibrary.checkpointName(model.scale());
    CheckpointFolder folder = CheckpointFolder.at(dir.resolve(name), name);
    folder.write(
        CheckpointCard.of(ModelCard.LAB, 1, 1, 30, ModelCard.of(config, "test")),
        List.of(model.djlModel().getBlock()));
    return folder.dir().resolve(folder.weightsName(0));
  }
}

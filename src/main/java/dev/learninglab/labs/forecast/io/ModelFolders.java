package dev.learninglab.labs.forecast.io;

import dev.learninglab.core.compute.CheckpointFolder;
import dev.learninglab.labs.forecast.model.ModelCard;
import java.nio.file.Path;

/** Where a model named on the command line or in the view is: a folder, or the shipped one. */
public final class ModelFolders {
  public static final String SHIPPED = "shipped";

  private ModelFolders() {}

  public static CheckpointFolder of(String name) {
    if (name.equals(SHIPPED)) {
      return CheckpointFolder.shipped(
          "/dev/learninglab/labs/forecast/models/goog/", ModelCard.NAME);
    }
    return CheckpointFolder.at(Path.of(name), ModelCard.NAME);
  }
}

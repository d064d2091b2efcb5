package dev.learninglab.labs.forecast.io;

import dev.learninglab.core.compute.CheckpointFolder;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.forecast.model.Forecaster;
import dev.learninglab.labs.forecast.model.ModelCard;
import dev.learninglab.labs.forecast.model.Series;
import java.nio.file.Path;

/** Where a model named on the command line or in the view is: a folder, or the shipped one. */
public final class ModelFolders {
  public static final String SHIPPED = "shipped";

  /** What is done with a model and the series it was trained on while the model is open. */
  @FunctionalInterface
  public interface Use<T> {
    T apply(Forecaster model, Series series) throws Exception;
  }

  private ModelFolders() {}

  /** Opens the model {@code name}, reads the series it was trained on, and applies {@code use}. */
  public static <T> T open(String name, Progress progress, Use<T> use) throws Exception {
    try (Forecaster f = Forecaster.load(of(name))) {
      return use.apply(f, SeriesSource.load(f.card().seriesName(), f.card().window(), progress));
    }
  }

  public static CheckpointFolder of(String name) {
    if (name.equals(SHIPPED)) {
      return CheckpointFolder.shipped(
          "/dev/learninglab/labs/forecast/models/goog/", ModelCard.NAME);
    }
    return CheckpointFolder.at(Path.of(name), ModelCard.NAME);
  }
}

package dev.learninglab.labs.naivebayes.model;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.task.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The bundled datasets this lab offers, resolved through the catalog and read. */
public enum LabDatasets {
  BLOBS20("blobs20", "blobs20.csv", "Tutorial blobs (20 points)"),
  IRIS("iris", "iris.csv", "Iris (150 flowers, 4 features)"),
  DIGITS("digits", "digits.csv.gz", "Digits (1797 images, 64 pixels)");

  private final String id;
  private final String file;
  private final String title;

  LabDatasets(String id, String file, String title) {
    this.id = id;
    this.file = file;
    this.title = title;
  }

  public String title() {
    return title;
  }

  /** Resolves (bundled copy, cache or mirror) and reads the dataset. */
  public LabelledData load(DatasetResolver datasets, Progress progress) {
    try {
      var path = datasets.resolveFile(id, file, progress);
      return switch (this) {
        case BLOBS20 -> LabeledCsv.read(path, "label", List.of("x1", "x2"));
        case IRIS -> BundledData.iris(path);
        case DIGITS -> BundledData.digits(path);
      };
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read dataset `" + id + "`: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return title;
  }
}

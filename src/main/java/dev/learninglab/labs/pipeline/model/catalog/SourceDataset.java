package dev.learninglab.labs.pipeline.model.catalog;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Catalogued raw data (for example the spaceflights files), read-only and found through the app's
 * dataset resolver on first use — so describing a project never needs the data.
 */
final class SourceDataset implements Dataset {
  private final DatasetSpec spec;
  private final Supplier<FileDataset> resolve;
  private FileDataset resolved;

  SourceDataset(DatasetSpec spec, Supplier<FileDataset> resolve) {
    this.spec = spec;
    this.resolve = resolve;
  }

  private synchronized FileDataset file() {
    if (resolved == null) {
      resolved = resolve.get();
    }
    return resolved;
  }

  @Override
  public Object load() {
    return file().load();
  }

  @Override
  public void save(Object value) {
    throw new DatasetException(
        "Dataset `"
            + spec.name()
            + "` is catalogued raw data ("
            + spec.sourceDataset()
            + "/"
            + spec.sourceFile()
            + ") and read-only");
  }

  @Override
  public boolean exists() {
    try {
      return file().exists();
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public String type() {
    return DatasetFactory.canonicalType(spec);
  }

  @Override
  public Optional<Path> loadPath() {
    return exists() ? file().loadPath() : Optional.empty();
  }

  @Override
  public String toString() {
    return type() + " from catalogued dataset " + spec.sourceDataset() + "/" + spec.sourceFile();
  }
}

package dev.learninglab.labs.pipeline.model.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One named entry of a {@link DataCatalog}: something a node's input or output is loaded from or
 * saved to.
 */
public interface Dataset {
  Object load();

  void save(Object value);

  boolean exists();

  /** The catalog type name ({@code memory}, {@code csv}, ...). */
  String type();

  /** True when the data outlives the run (a file), false for memory. */
  default boolean persisted() {
    return true;
  }

  /** Saved versions, oldest first; empty for unversioned datasets. */
  default List<String> versions() {
    return List.of();
  }

  /** The file a load would read, if the dataset is a file that exists. */
  default Optional<Path> loadPath() {
    return Optional.empty();
  }

  /** Where the cache keeps this dataset's fingerprint, if it is persisted. */
  default Optional<Path> fingerprintPath() {
    return Optional.empty();
  }
}

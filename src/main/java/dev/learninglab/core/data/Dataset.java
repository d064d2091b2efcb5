package dev.learninglab.core.data;

import java.util.List;
import java.util.Optional;

/**
 * A catalogued dataset. {@code bundled} ones travel in the jar (registry-package origin); the
 * others are resolved from the user cache, a mirror folder or their public URL.
 */
public record Dataset(
    String id,
    String title,
    String licence,
    String origin,
    String mirrorDir,
    boolean bundled,
    List<DatasetFile> files) {

  public Optional<DatasetFile> file(String path) {
    return files.stream().filter(f -> f.path().equals(path)).findFirst();
  }

  public long totalSize() {
    return files.stream().mapToLong(DatasetFile::size).sum();
  }
}

package dev.learninglab.core.data;

import java.nio.file.Path;
import java.util.Map;

/** A dataset whose every file was found and verified, with where each one lies. */
public record ResolvedDataset(Dataset dataset, Map<String, Path> files) {

  /** The verified local path of one file of the dataset. */
  public Path file(String path) {
    Path p = files.get(path);
    if (p == null) {
      throw new DatasetUnavailableException(
          "Dataset `"
              + dataset.id()
              + "` has no file `"
              + path
              + "` (files: "
              + files.keySet()
              + ")");
    }
    return p;
  }
}

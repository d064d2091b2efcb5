package dev.learninglab.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.learninglab.core.data.Dataset;
import dev.learninglab.core.data.DatasetCatalog;
import dev.learninglab.core.data.DatasetFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tests that need catalogued snapshot data call this first: it skips the test unless the folder
 * named by {@code LEARNING_LAB_DATA_MIRROR} holds every file of the datasets. A partial mirror (a
 * public CI host that could download only the datasets with a URL) skips, never fails.
 */
public final class Mirror {
  private Mirror() {}

  /** The mirror's root folder, after skipping the test when a dataset is missing from it. */
  public static Path assumeDatasets(String... ids) {
    String root = System.getenv("LEARNING_LAB_DATA_MIRROR");
    assumeTrue(root != null && !root.isBlank(), "LEARNING_LAB_DATA_MIRROR is not set");
    Path mirror = Path.of(root);
    for (String id : ids) {
      missingFile(mirror, id)
          .ifPresent(path -> assumeTrue(false, () -> "not in the mirror: " + path));
    }
    return mirror;
  }

  /** Whether the mirror holds every file of dataset {@code id} (false without a mirror). */
  public static boolean has(String id) {
    String root = System.getenv("LEARNING_LAB_DATA_MIRROR");
    return root != null && !root.isBlank() && missingFile(Path.of(root), id).isEmpty();
  }

  private static Optional<Path> missingFile(Path mirror, String id) {
    Dataset dataset = DatasetCatalog.bundled().get(id);
    for (DatasetFile file : dataset.files()) {
      Path path = mirror.resolve(dataset.mirrorDir()).resolve(file.path());
      if (!Files.isRegularFile(path)) {
        return Optional.of(path);
      }
    }
    return Optional.empty();
  }
}

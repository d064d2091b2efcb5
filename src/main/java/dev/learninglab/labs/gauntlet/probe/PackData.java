package dev.learninglab.labs.gauntlet.probe;

import dev.learninglab.core.lab.LayoutException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder of a catalogued dataset, <em>inside the JShell VM</em>: the app resolves the datasets
 * a pack names ({@code @@ datasets}) and hands their folders over as system properties, because the
 * learner's VM has no network and a throw-away home, so it cannot fetch or cache anything itself.
 *
 * <pre>{@code
 * Path mnist = PackData.dir("mnist-test");
 * }</pre>
 */
@LayoutException(
    "runs inside the learner's JShell VM, loaded there by name with nothing else of the app")
public final class PackData {
  /** The system property prefix; the dataset id follows it. */
  public static final String PROPERTY_PREFIX = "learninglab.dataset.";

  private PackData() {}

  /** The folder holding the dataset's files, or a message saying how to get them. */
  public static Path dir(String id) {
    String dir = System.getProperty(PROPERTY_PREFIX + id);
    if (dir == null || !Files.isDirectory(Path.of(dir))) {
      throw new IllegalStateException(
          "Dataset `"
              + id
              + "` is not on this machine yet: run `learning-lab data fetch "
              + id
              + "` (or open Datasets… in the app), then reopen the pack.");
    }
    return Path.of(dir);
  }
}

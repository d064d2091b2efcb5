package dev.learninglab.labs.iin.cli;

import dev.learninglab.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --out} and {@code --seed} of the two train commands, as a picocli mixin; the folder's
 * default and wording come from the command's resource bundle ({@code out.default}, {@code out}).
 */
public final class TrainTarget {
  @Option(names = "--out", defaultValue = "${bundle:out.default}", descriptionKey = "out")
  Path out;

  @Option(names = "--seed", defaultValue = "0", description = "Seed (default ${DEFAULT-VALUE}).")
  int seed;

  /** Refuses an --out that could not take the model, before any training. */
  void checkOut() throws IOException {
    AtomicFiles.checkFolderTarget(out);
  }
}

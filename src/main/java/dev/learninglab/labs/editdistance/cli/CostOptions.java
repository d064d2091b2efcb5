package dev.learninglab.labs.editdistance.cli;

import dev.learninglab.labs.editdistance.model.Costs;
import picocli.CommandLine.Option;

/**
 * The three cost options. Read as text so a bad value gets the same message as in the window ("The
 * delete cost must be a whole number ...") rather than picocli's generic one.
 */
final class CostOptions {
  @Option(names = "--ins", paramLabel = "N", description = "Insert cost (default 1).")
  String insert;

  @Option(names = "--del", paramLabel = "N", description = "Delete cost (default 1).")
  String delete;

  @Option(names = "--sub", paramLabel = "N", description = "Substitute cost (default 2).")
  String substitute;

  Costs costs() {
    return Costs.parse(insert, delete, substitute);
  }
}

package dev.learninglab.labs.audio.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a feature command also writes its picture and its whole array. */
final class FeatureFiles {
  @Option(names = "--png", paramLabel = "OUT", description = "Write the picture as PNG.")
  Path png;

  @Option(names = "--csv", paramLabel = "OUT", description = "Write the full array as CSV.")
  Path csv;
}

package dev.learninglab.labs.audio.cli;

import dev.learninglab.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a feature command also writes its picture and its whole array. */
final class FeatureFiles {
  @Option(names = "--png", paramLabel = "OUT", description = "Write the picture as PNG.")
  Path png;

  @Option(names = "--csv", paramLabel = "OUT", description = "Write the full array as CSV.")
  Path csv;

  /** Refuses, before any work, an output that would overwrite the recording being read. */
  void refuseOverwriting(Path input) throws IOException {
    AtomicFiles.refuseInput(png, input);
    AtomicFiles.refuseInput(csv, input);
  }
}

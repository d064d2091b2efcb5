package dev.learninglab.labs.forecast.cli;

import picocli.CommandLine.Option;

/** {@code --model DIR|shipped}, required, for the commands that score a trained model. */
public final class ModelOption {
  @Option(
      names = "--model",
      required = true,
      paramLabel = "DIR",
      description = "A folder forecast train wrote, or \"shipped\" for the bundled GOOG model.")
  String model;
}

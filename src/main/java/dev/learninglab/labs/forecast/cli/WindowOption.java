package dev.learninglab.labs.forecast.cli;

import dev.learninglab.labs.forecast.model.Protocol;
import picocli.CommandLine.Option;

/** {@code --window W}: days in each input window, shared by the commands that fit on windows. */
public final class WindowOption {
  @Option(
      names = "--window",
      defaultValue = "" + Protocol.DEFAULT_WINDOW,
      description = "Days in each input window (default ${DEFAULT-VALUE}).")
  int window;
}

package dev.learninglab.labs.smell.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code learning-lab smell ...}: the Learning-to-Smell lab without the window. */
@Command(
    name = "smell",
    mixinStandardHelpOptions = true,
    description = "Molecules as graphs: ogb features, a graph network, honest odour metrics.",
    subcommands = {
      FeaturizeCommand.class,
      TrainCommand.class,
      PredictCommand.class,
      BaselineCommand.class
    })
public final class SmellCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}

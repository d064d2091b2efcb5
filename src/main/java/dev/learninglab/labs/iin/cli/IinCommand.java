package dev.learninglab.labs.iin.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code learning-lab iin}: the interpretation lab without the window. */
@Command(
    name = "iin",
    mixinStandardHelpOptions = true,
    description =
        "Normalising flows, and an invertible interpretation network that splits an"
            + " autoencoder's code into named factors.",
    subcommands = {
      ToyCommand.class,
      TrainAeCommand.class,
      TrainFlowCommand.class,
      EvalCommand.class,
      SwapCommand.class
    })
public final class IinCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}

package dev.learninglab.labs.curves.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code learning-lab curves}: the learning-curves lab without the window. */
@Command(
    name = "curves",
    mixinStandardHelpOptions = true,
    description =
        "Learning curves: diagnose over/underfitting, and measure accuracy against dataset size.",
    subcommands = {DiagnoseCommand.class, SizeCommand.class})
public final class CurvesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}

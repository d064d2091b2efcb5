package dev.learninglab.labs.superres.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code learning-lab superres ...}: the super-resolution lab without the window. */
@Command(
    name = "superres",
    mixinStandardHelpOptions = true,
    description = "FSRCNN super-resolution: evaluate, up-scale, degrade, train, export to ONNX.",
    subcommands = {
      EvalCommand.class,
      UpscaleCommand.class,
      DegradeCommand.class,
      TrainCommand.class,
      ExportOnnxCommand.class
    })
public final class SuperresCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}

package dev.learninglab.labs.captioning.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code learning-lab captioning ...}: the image-captioning lab without the window. */
@Command(
    name = "captioning",
    mixinStandardHelpOptions = true,
    description =
        "Image captioning: generate the shapes data, train, caption, evaluate, score BLEU.",
    subcommands = {
      DataCommand.class,
      TrainCommand.class,
      CaptionCommand.class,
      EvalCommand.class,
      BleuCommand.class
    })
public final class CaptioningCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}

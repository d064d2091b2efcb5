package dev.learninglab.labs.pipeline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code learning-lab pipeline run|describe|new}: the Pipeline lab's headless twin. */
@Command(
    name = "pipeline",
    description = "Run, describe or create Kedro-style pipeline projects.",
    mixinStandardHelpOptions = true,
    subcommands = {RunCommand.class, DescribeCommand.class, NewCommand.class})
public final class PipelineCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}

package dev.learninglab.labs.pipeline.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The project folder and pipeline name that {@code run} and {@code describe} both take. */
final class ProjectOptions {
  @Option(names = "--project", required = true, description = "The project folder.")
  Path project;

  @Option(
      names = "--pipeline",
      defaultValue = "__default__",
      description = "Pipeline name (default: ${DEFAULT-VALUE}).")
  String pipeline;
}

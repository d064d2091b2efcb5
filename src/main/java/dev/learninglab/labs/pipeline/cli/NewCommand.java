package dev.learninglab.labs.pipeline.cli;

import static dev.learninglab.labs.pipeline.model.PipelineTexts.T;

import dev.learninglab.core.io.Quote;
import dev.learninglab.labs.pipeline.model.project.Scaffold;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code learning-lab pipeline new DIR --starter hello|spaceflights}. */
@Command(
    name = "new",
    description = "Create a project folder from a starter.",
    mixinStandardHelpOptions = true)
final class NewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The folder to create (must be absent or empty).")
  Path dir;

  @Option(names = "--starter", required = true, description = "hello or spaceflights.")
  String starter;

  @Override
  public Integer call() throws IOException {
    Scaffold.create(dir, starter);
    spec.commandLine()
        .getOut()
        .println(
            T.get(
                "pipeline.cli.created",
                starter,
                dir,
                "learning-lab pipeline run --project " + Quote.shell(dir.toString())));
    spec.commandLine().getOut().flush();
    return 0;
  }
}

package dev.learninglab.labs.editdistance.cli;

import dev.learninglab.core.io.Json;
import dev.learninglab.core.task.ConsoleProgress;
import dev.learninglab.labs.editdistance.model.MatchReport;
import dev.learninglab.labs.editdistance.model.PackageMatcher;
import dev.learninglab.labs.editdistance.model.RequirementList;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code learning-lab edit-distance match FILE_A FILE_B}: the tutorial's package matcher. */
@Command(
    name = "match",
    description = {
      "For each requirement of FILE_A, the closest line of FILE_B by edit distance (insert 1,"
          + " delete 1, substitute 2; first strictly smaller distance wins), and the accuracy.",
      "Progress goes to stderr when matching takes more than a moment."
    })
final class MatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Parameters(
      index = "0",
      paramLabel = "FILE_A",
      description = "Requirements to match, one per line.")
  Path first;

  @Parameters(index = "1", paramLabel = "FILE_B", description = "Requirements to match against.")
  Path second;

  @Option(names = "--names-only", description = "Compare PEP 503 normalised project names only.")
  boolean namesOnly;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    RequirementList a = RequirementList.read(first);
    RequirementList b = RequirementList.read(second);
    ConsoleProgress bar = new ConsoleProgress(spec.commandLine().getErr());
    MatchReport report = new PackageMatcher(namesOnly).match(a, b, new QuietStart(bar));
    bar.done();
    if (json) {
      Json.print(spec.commandLine().getOut(), report);
    } else {
      TextReport.match(spec.commandLine().getOut(), report);
    }
    return 0;
  }
}

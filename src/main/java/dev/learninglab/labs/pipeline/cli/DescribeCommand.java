package dev.learninglab.labs.pipeline.cli;

import dev.learninglab.core.io.Json;
import dev.learninglab.labs.pipeline.model.project.Project;
import dev.learninglab.labs.pipeline.model.project.ProjectDescription;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code learning-lab pipeline describe}: nodes, datasets and running order of a project. */
@Command(
    name = "describe",
    description = "Show a project's pipelines: nodes, datasets, order.",
    mixinStandardHelpOptions = true)
final class DescribeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ProjectOptions target = new ProjectOptions();

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  @SuppressWarnings("unchecked")
  public Integer call() {
    Map<String, Object> d =
        ProjectDescription.describe(Project.open(target.project), target.pipeline);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, d);
      return 0;
    }
    out.println(
        "Project "
            + d.get("project")
            + ", pipeline "
            + d.get("pipeline")
            + " (pipelines: "
            + d.get("pipelines")
            + ")");
    out.println("Order:");
    for (Map<String, Object> n : (List<Map<String, Object>>) d.get("nodes")) {
      out.printf(
          "  %-45s %s -> %s  tags %s%n",
          n.get("name"), n.get("inputs"), n.get("outputs"), n.get("tags"));
    }
    out.println("Datasets:");
    for (Map<String, Object> ds : (List<Map<String, Object>>) d.get("datasets")) {
      out.printf("  %-40s %s%n", ds.get("name"), ds.get("description"));
    }
    out.flush();
    return 0;
  }
}

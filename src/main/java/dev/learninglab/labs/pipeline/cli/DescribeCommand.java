package dev.learninglab.labs.pipeline.cli;

import static dev.learninglab.labs.pipeline.model.PipelineTexts.T;

import dev.learninglab.core.i18n.Columns;
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
        T.get("pipeline.cli.project", d.get("project"), d.get("pipeline"), d.get("pipelines")));
    out.println(T.get("pipeline.cli.order"));
    for (Map<String, Object> n : (List<Map<String, Object>>) d.get("nodes")) {
      out.println(
          "  "
              + T.get(
                  "pipeline.cli.node",
                  Columns.left(String.valueOf(n.get("name")), 45),
                  n.get("inputs"),
                  n.get("outputs"),
                  n.get("tags")));
    }
    out.println(T.get("pipeline.cli.datasets"));
    for (Map<String, Object> ds : (List<Map<String, Object>>) d.get("datasets")) {
      out.println(
          "  " + Columns.left(String.valueOf(ds.get("name")), 40) + " " + ds.get("description"));
    }
    out.flush();
    return 0;
  }
}

package dev.learninglab.labs.pipeline.cli;

import static dev.learninglab.labs.pipeline.model.PipelineTexts.T;

import dev.learninglab.core.i18n.Columns;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.io.Quote;
import dev.learninglab.labs.pipeline.model.PipelineException;
import dev.learninglab.labs.pipeline.model.Slice;
import dev.learninglab.labs.pipeline.model.catalog.TablesawWarmUp;
import dev.learninglab.labs.pipeline.model.project.Project;
import dev.learninglab.labs.pipeline.model.project.ProjectRun;
import dev.learninglab.labs.pipeline.model.project.ProjectSession;
import dev.learninglab.labs.pipeline.model.run.Hooks;
import dev.learninglab.labs.pipeline.model.run.NodeRun;
import dev.learninglab.labs.pipeline.model.run.RunOptions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code learning-lab pipeline run}: runs a project's pipeline, like {@code kedro run}. */
@Command(
    name = "run",
    description = "Run a pipeline of a project.",
    mixinStandardHelpOptions = true)
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ProjectOptions target = new ProjectOptions();

  @Option(names = "--runner", defaultValue = "sequential", description = "sequential or parallel.")
  String runner;

  @Option(
      names = "--from-nodes",
      split = ",",
      description = "Run these nodes and everything downstream.")
  List<String> fromNodes = new ArrayList<>();

  @Option(
      names = "--to-nodes",
      split = ",",
      description = "Run these nodes and everything they need.")
  List<String> toNodes = new ArrayList<>();

  @Option(names = "--nodes", split = ",", description = "Run exactly these nodes.")
  List<String> nodes = new ArrayList<>();

  @Option(
      names = "--from-inputs",
      split = ",",
      description = "Run the nodes that depend on these datasets.")
  List<String> fromInputs = new ArrayList<>();

  @Option(
      names = "--to-outputs",
      split = ",",
      description = "Run the nodes needed to make these datasets.")
  List<String> toOutputs = new ArrayList<>();

  @Option(names = "--tags", split = ",", description = "Run only nodes with any of these tags.")
  List<String> tags = new ArrayList<>();

  @Option(
      names = "--only-missing-outputs",
      description = "Skip nodes whose persisted outputs already exist.")
  boolean onlyMissing;

  @Option(
      names = "--cache",
      description = "Skip nodes whose code version, inputs and parameters are unchanged.")
  boolean cache;

  @Option(
      names = "--params",
      split = ",",
      description = "Parameter overrides, e.g. model_options.test_size=0.3")
  List<String> params = new ArrayList<>();

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    // A fresh process: Tablesaw's class-path scan overlaps opening the project.
    TablesawWarmUp.start();
    RunOptions options =
        switch (runner) {
          case "sequential" -> RunOptions.sequential();
          case "parallel" -> RunOptions.parallel();
          default ->
              throw new PipelineException(
                  "--runner must be sequential or parallel, got `" + runner + "`");
        };
    Slice slice =
        Slice.all()
            .withTags(tags)
            .withFromNodes(fromNodes)
            .withToNodes(toNodes)
            .withNodeNames(nodes)
            .withFromInputs(fromInputs)
            .withToOutputs(toOutputs);
    options = options.withSlice(slice).withOnlyMissingOutputs(onlyMissing).withCache(cache);
    ProjectRun run =
        new ProjectSession(Project.open(target.project))
            .run(target.pipeline, options, overrides(), new Hooks() {});
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, run.toCliJson());
    } else {
      for (NodeRun n : run.nodes()) {
        out.printf(
            "%s %s %8.3f s%n",
            Columns.left(n.name(), 45), Columns.left(n.status().text(), 8), n.seconds());
      }
      run.metrics().forEach((k, v) -> out.printf("%s = %s%n", k, v));
      out.flush();
    }
    if (!run.succeeded()) {
      throw new PipelineException(
          run.error()
              + "\n"
              + T.get(
                  "pipeline.cli.resume",
                  "learning-lab pipeline run --project "
                      + Quote.shell(target.project.toString())
                      + " --pipeline "
                      + Quote.shell(target.pipeline)
                      + " --from-nodes "
                      + Quote.shell(String.join(",", run.resumeFrom()))));
    }
    return 0;
  }

  /** {@code key=value} pairs; values are read as YAML scalars so numbers stay numbers. */
  private Map<String, Object> overrides() {
    Map<String, Object> out = new LinkedHashMap<>();
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    for (String p : params) {
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new PipelineException("--params expects key=value, got `" + p + "`");
      }
      out.put(p.substring(0, eq).trim(), yaml.load(p.substring(eq + 1).trim()));
    }
    return out;
  }
}

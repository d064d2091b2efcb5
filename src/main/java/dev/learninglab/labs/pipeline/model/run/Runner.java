package dev.learninglab.labs.pipeline.model.run;

import dev.learninglab.labs.pipeline.model.Node;
import dev.learninglab.labs.pipeline.model.Pipeline;
import dev.learninglab.labs.pipeline.model.catalog.DataCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a pipeline against a catalog: sequentially in resolved order, or in parallel on a thread
 * pool where a node starts as soon as every node it depends on has finished. A failing node stops
 * the run (running nodes finish, nothing new starts); datasets saved before stay as they are, and
 * the result says where to resume.
 */
public final class Runner {
  private Runner() {}

  public static RunResult run(
      String name, Pipeline full, DataCatalog catalog, RunOptions options, Hooks hooks) {
    long start = System.nanoTime();
    Pipeline pipeline = full.slice(options.slice());
    RunPlanner.checkInputs(pipeline, catalog);
    Set<String> toRun = new LinkedHashSet<>();
    pipeline.nodes().forEach(n -> toRun.add(n.name()));
    if (options.onlyMissingOutputs()) {
      toRun.retainAll(RunPlanner.nodesWithMissingOutputs(pipeline, catalog));
    }
    Map<String, NodeRun> runs = new ConcurrentHashMap<>();
    hooks.beforePipelineRun(name, pipeline.nodes());
    for (Node n : pipeline.nodes()) {
      if (!toRun.contains(n.name())) {
        runs.put(n.name(), new NodeRun(n.name(), NodeStatus.SKIPPED, 0, null));
        hooks.nodeStatus(n, NodeStatus.SKIPPED, 0);
      }
    }
    NodeExecutor executor = new NodeExecutor(catalog, hooks, options.useCache());
    Scheduler scheduler = new Scheduler(pipeline, toRun, executor, runs);
    NodeFailedException failure =
        options.threads() == 1 ? scheduler.sequential() : scheduler.parallel(options.threads());
    RunResult result = result(name, pipeline, catalog, runs, failure, start);
    hooks.afterPipelineRun(result);
    return result;
  }

  private static RunResult result(
      String name,
      Pipeline pipeline,
      DataCatalog catalog,
      Map<String, NodeRun> runs,
      NodeFailedException failure,
      long start) {
    List<NodeRun> ordered = new ArrayList<>();
    Set<String> finished = new LinkedHashSet<>();
    for (Node n : pipeline.nodes()) {
      NodeRun r = runs.getOrDefault(n.name(), new NodeRun(n.name(), NodeStatus.PENDING, 0, null));
      ordered.add(r);
      if (r.status().finished()) {
        finished.add(n.name());
      }
    }
    Map<String, Object> free = new LinkedHashMap<>();
    if (failure == null) {
      for (String out : pipeline.outputs()) {
        if (!catalog.get(out).persisted() && catalog.get(out).exists()) {
          free.put(out, catalog.load(out));
        }
      }
      return new RunResult(name, ordered, free, null, null, List.of(), NodeExecutor.seconds(start));
    }
    return new RunResult(
        name,
        ordered,
        free,
        failure.node(),
        failure.getMessage(),
        RunPlanner.resumeFrom(pipeline, finished, catalog),
        NodeExecutor.seconds(start));
  }

  /** Keeps node order and dependencies for both runners. */
  private static final class Scheduler {
    private final Pipeline pipeline;
    private final Set<String> toRun;
    private final NodeExecutor executor;
    private final Map<String, NodeRun> runs;

    Scheduler(
        Pipeline pipeline, Set<String> toRun, NodeExecutor executor, Map<String, NodeRun> runs) {
      this.pipeline = pipeline;
      this.toRun = toRun;
      this.executor = executor;
      this.runs = runs;
    }

    NodeFailedException sequential() {
      for (Node n : pipeline.nodes()) {
        if (toRun.contains(n.name())) {
          NodeFailedException f = runOne(n);
          if (f != null) {
            return f;
          }
        }
      }
      return null;
    }

    private NodeFailedException runOne(Node n) {
      long t = System.nanoTime();
      try {
        NodeStatus s = executor.execute(n);
        runs.put(n.name(), new NodeRun(n.name(), s, NodeExecutor.seconds(t), null));
        return null;
      } catch (NodeFailedException e) {
        runs.put(
            n.name(),
            new NodeRun(n.name(), NodeStatus.FAILED, NodeExecutor.seconds(t), e.getMessage()));
        return e;
      }
    }

    NodeFailedException parallel(int threads) {
      return new ParallelSchedule(pipeline, toRun, this::runOne).run(threads);
    }
  }
}

package dev.learninglab.labs.pipeline.model.run;

import dev.learninglab.labs.pipeline.model.Node;
import dev.learninglab.labs.pipeline.model.Pipeline;
import dev.learninglab.labs.pipeline.model.PipelineException;
import dev.learninglab.labs.pipeline.model.catalog.DataCatalog;
import dev.learninglab.labs.pipeline.model.catalog.Dataset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Decides which nodes a run must execute: input checks, only-missing-outputs, resume points. */
final class RunPlanner {
  private RunPlanner() {}

  /** Every free input must be configured or be a parameter, as Kedro checks before a run. */
  static void checkInputs(Pipeline pipeline, DataCatalog catalog) {
    Set<String> missing = new TreeSet<>();
    for (String in : pipeline.inputs()) {
      if (!catalog.contains(in)) {
        missing.add(in);
      }
    }
    if (!missing.isEmpty()) {
      throw new PipelineException(
          "Pipeline input(s) "
              + missing
              + " not found in the data catalog: no node of this run makes them and"
              + " conf/base/catalog.yml does not declare them");
    }
  }

  /**
   * Kedro's {@code run_only_missing}: nodes with a missing output or a memory free output,
   * everything downstream of those, and whatever makes the memory inputs they need.
   */
  static Set<String> nodesWithMissingOutputs(Pipeline pipeline, DataCatalog catalog) {
    Set<String> toBuild = new LinkedHashSet<>();
    for (String d : pipeline.allOutputs()) {
      Dataset ds = catalog.get(d);
      // memory outputs count only when nothing downstream consumes them (the run's results)
      if (ds.persisted() ? !ds.exists() : pipeline.outputs().contains(d)) {
        toBuild.add(d);
      }
    }
    if (toBuild.isEmpty()) {
      return Set.of();
    }
    Pipeline rerun = pipeline.onlyNodesWithOutputs(toBuild);
    Set<String> consumed = new LinkedHashSet<>(toBuild);
    consumed.retainAll(pipeline.allInputs());
    if (!consumed.isEmpty()) {
      rerun = rerun.plus(pipeline.fromInputs(consumed));
    }
    return withMemoryProducers(pipeline, names(rerun), catalog);
  }

  /**
   * Where to resume after a failure: the nodes not finished, plus the producers of memory inputs
   * they need (memory data died with the failed run), reported as the roots to pass to {@code
   * --from-nodes}.
   */
  static List<String> resumeFrom(Pipeline pipeline, Set<String> finished, DataCatalog catalog) {
    Set<String> remaining = new LinkedHashSet<>();
    pipeline
        .nodes()
        .forEach(
            n -> {
              if (!finished.contains(n.name())) {
                remaining.add(n.name());
              }
            });
    Set<String> needed = withMemoryProducers(pipeline, remaining, catalog);
    List<String> roots = new ArrayList<>();
    for (Node n : pipeline.nodes()) {
      if (needed.contains(n.name())
          && n.inputs().stream()
              .map(pipeline::producer)
              .noneMatch(p -> p != null && needed.contains(p.name()))) {
        roots.add(n.name());
      }
    }
    return roots;
  }

  private static Set<String> withMemoryProducers(
      Pipeline pipeline, Set<String> nodes, DataCatalog catalog) {
    Set<String> out = new LinkedHashSet<>(nodes);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (String name : List.copyOf(out)) {
        for (String in : pipeline.node(name).inputs()) {
          Node p = pipeline.producer(in);
          if (p != null && !out.contains(p.name()) && !catalog.get(in).persisted()) {
            out.add(p.name());
            grew = true;
          }
        }
      }
    }
    return out;
  }

  private static Set<String> names(Pipeline p) {
    Set<String> s = new LinkedHashSet<>();
    p.nodes().forEach(n -> s.add(n.name()));
    return s;
  }
}

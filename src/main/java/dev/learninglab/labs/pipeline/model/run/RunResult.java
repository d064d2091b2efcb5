package dev.learninglab.labs.pipeline.model.run;

import java.util.List;
import java.util.Map;

/**
 * What a run did: each node's status and time in running order, the pipeline's free outputs (memory
 * values nobody saved), and on failure the failing node, the error and the nodes a resumed run
 * should start from.
 */
public record RunResult(
    String pipeline,
    List<NodeRun> nodes,
    Map<String, Object> freeOutputs,
    String failedNode,
    String error,
    List<String> resumeFrom,
    double seconds) {

  public boolean succeeded() {
    return failedNode == null;
  }

  public NodeRun node(String name) {
    return nodes.stream()
        .filter(n -> n.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No node `" + name + "` in this run"));
  }
}

package dev.learninglab.labs.pipeline.model.project;

import dev.learninglab.labs.pipeline.model.run.NodeRun;
import dev.learninglab.labs.pipeline.model.run.RunResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One finished run of a project pipeline as recorded in {@code logs/runs/<id>.json} and shown by
 * the CLI: per-node status and time, dataset timings, metrics, and on failure where to resume.
 */
public record ProjectRun(
    String id,
    String pipeline,
    String runner,
    String started,
    double seconds,
    List<NodeRun> nodes,
    List<Map<String, Object>> datasets,
    Map<String, Object> metrics,
    String failedNode,
    String error,
    List<String> resumeFrom) {

  static ProjectRun of(
      String id,
      String runner,
      String started,
      RunResult r,
      List<Map<String, Object>> datasets,
      Map<String, Object> metrics) {
    return new ProjectRun(
        id,
        r.pipeline(),
        runner,
        started,
        r.seconds(),
        r.nodes(),
        datasets,
        metrics,
        r.failedNode(),
        r.error(),
        r.resumeFrom());
  }

  public boolean succeeded() {
    return failedNode == null;
  }

  /**
   * The CLI's contract: {@code {"pipeline","nodes":[{"name","status","seconds"}],"metrics":{...}}},
   * plus the run's wall-clock {@code seconds} and, on failure, where to resume.
   */
  public Map<String, Object> toCliJson() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("pipeline", pipeline);
    out.put(
        "nodes",
        nodes.stream()
            .map(
                n -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("name", n.name());
                  m.put("status", n.status().label());
                  m.put("seconds", n.seconds());
                  return m;
                })
            .toList());
    out.put("metrics", metrics);
    out.put("seconds", seconds);
    if (!succeeded()) {
      out.put("failed_node", failedNode);
      out.put("error", error);
      out.put("resume_from", resumeFrom);
    }
    return out;
  }
}

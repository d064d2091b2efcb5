package dev.learninglab.labs.pipeline.model.run;

import dev.learninglab.labs.pipeline.model.Node;
import java.util.Map;

/**
 * Callbacks around a run (Kedro's hooks). All default to nothing; the parallel runner calls them
 * from worker threads, so implementations must be thread-safe.
 */
public interface Hooks {
  default void beforePipelineRun(String pipeline, java.util.List<Node> nodes) {}

  default void afterPipelineRun(RunResult result) {}

  default void nodeStatus(Node node, NodeStatus status, double seconds) {}

  default void beforeNodeRun(Node node, Map<String, Object> inputs) {}

  default void afterNodeRun(Node node, Map<String, Object> outputs, double seconds) {}

  default void onNodeError(Node node, Throwable error) {}

  default void beforeDatasetLoad(String dataset) {}

  default void afterDatasetLoad(String dataset, Object value, double seconds) {}

  default void beforeDatasetSave(String dataset, Object value) {}

  default void afterDatasetSave(String dataset, double seconds) {}

  /** Calls every hook in order. */
  static Hooks all(java.util.List<Hooks> hooks) {
    return new CompositeHooks(hooks);
  }
}

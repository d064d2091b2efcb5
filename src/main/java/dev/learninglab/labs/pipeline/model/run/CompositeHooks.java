package dev.learninglab.labs.pipeline.model.run;

import dev.learninglab.labs.pipeline.model.Node;
import java.util.List;
import java.util.Map;

/** Several {@link Hooks} called one after the other. */
final class CompositeHooks implements Hooks {
  private final List<Hooks> hooks;

  CompositeHooks(List<Hooks> hooks) {
    this.hooks = List.copyOf(hooks);
  }

  @Override
  public void beforePipelineRun(String pipeline, List<Node> nodes) {
    hooks.forEach(h -> h.beforePipelineRun(pipeline, nodes));
  }

  @Override
  public void afterPipelineRun(RunResult result) {
    hooks.forEach(h -> h.afterPipelineRun(result));
  }

  @Override
  public void nodeStatus(Node node, NodeStatus status, double seconds) {
    hooks.forEach(h -> h.nodeStatus(node, status, seconds));
  }

  @Override
  public void beforeNodeRun(Node node, Map<String, Object> inputs) {
    hooks.forEach(h -> h.beforeNodeRun(node, inputs));
  }

  @Override
  public void afterNodeRun(Node node, Map<String, Object> outputs, double seconds) {
    hooks.forEach(h -> h.afterNodeRun(node, outputs, seconds));
  }

  @Override
  public void onNodeError(Node node, Throwable error) {
    hooks.forEach(h -> h.onNodeError(node, error));
  }

  @Override
  public void beforeDatasetLoad(String dataset) {
    hooks.forEach(h -> h.beforeDatasetLoad(dataset));
  }

  @Override
  public void afterDatasetLoad(String dataset, Object value, double seconds) {
    hooks.forEach(h -> h.afterDatasetLoad(dataset, value, seconds));
  }

  @Override
  public void beforeDatasetSave(String dataset, Object value) {
    hooks.forEach(h -> h.beforeDatasetSave(dataset, value));
  }

  @Override
  public void afterDatasetSave(String dataset, double seconds) {
    hooks.forEach(h -> h.afterDatasetSave(dataset, seconds));
  }
}

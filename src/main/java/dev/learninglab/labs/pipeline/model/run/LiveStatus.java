package dev.learninglab.labs.pipeline.model.run;

import dev.learninglab.labs.pipeline.model.Node;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A hook that keeps every node's current status and time while a run goes on, and tells a listener
 * after each change (the view repaints from it).
 */
public final class LiveStatus implements Hooks {
  /** A node's status and seconds so far. */
  public record Entry(NodeStatus status, double seconds) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Runnable onChange;

  public LiveStatus(Runnable onChange) {
    this.onChange = onChange;
  }

  @Override
  public void beforePipelineRun(String pipeline, List<Node> nodes) {
    entries.clear();
    nodes.forEach(n -> entries.put(n.name(), new Entry(NodeStatus.PENDING, 0)));
    onChange.run();
  }

  @Override
  public void nodeStatus(Node node, NodeStatus status, double seconds) {
    entries.put(node.name(), new Entry(status, seconds));
    onChange.run();
  }

  /** The node's entry, or null when it is not part of the current run (sliced out). */
  public Entry get(String node) {
    return entries.get(node);
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }
}

package dev.learninglab.labs.pipeline.model.run;

import dev.learninglab.core.io.Quote;
import dev.learninglab.labs.pipeline.model.Node;
import dev.learninglab.labs.pipeline.model.PipelineException;
import dev.learninglab.labs.pipeline.model.catalog.DataCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one node: loads its inputs from the catalog, calls the function, saves the outputs, calling
 * the hooks around each step and consulting the cache. Shared by both runners.
 */
final class NodeExecutor {
  private final DataCatalog catalog;
  private final Hooks hooks;
  private final FingerprintCache cache;
  private final boolean useCache;

  NodeExecutor(DataCatalog catalog, Hooks hooks, boolean useCache) {
    this.catalog = catalog;
    this.hooks = hooks;
    this.cache = new FingerprintCache(catalog);
    this.useCache = useCache;
  }

  /** Runs the node and returns DONE or CACHED; a failure throws {@link NodeFailedException}. */
  NodeStatus execute(Node node) {
    long start = System.nanoTime();
    String fingerprint;
    try {
      fingerprint = cache.fingerprint(node);
    } catch (RuntimeException e) {
      throw failure(node, e);
    }
    if (useCache && cache.isFresh(node, fingerprint)) {
      cache.record(node, fingerprint);
      hooks.nodeStatus(node, NodeStatus.CACHED, seconds(start));
      return NodeStatus.CACHED;
    }
    hooks.nodeStatus(node, NodeStatus.RUNNING, 0);
    try {
      Map<String, Object> inputs = new LinkedHashMap<>();
      for (String in : node.inputs()) {
        inputs.put(in, load(in));
      }
      hooks.beforeNodeRun(node, inputs);
      long callStart = System.nanoTime();
      List<Object> results = node.function().apply(new ArrayList<>(inputs.values()));
      if (results == null || results.size() != node.outputs().size()) {
        throw new PipelineException(
            "returned "
                + (results == null ? "null" : results.size() + " values")
                + " for "
                + node.outputs().size()
                + " outputs "
                + node.outputs());
      }
      Map<String, Object> outputs = new LinkedHashMap<>();
      for (int i = 0; i < results.size(); i++) {
        outputs.put(node.outputs().get(i), results.get(i));
      }
      hooks.afterNodeRun(node, outputs, seconds(callStart));
      for (Map.Entry<String, Object> e : outputs.entrySet()) {
        save(e.getKey(), e.getValue());
      }
      cache.record(node, fingerprint);
    } catch (Exception e) {
      hooks.onNodeError(node, e);
      hooks.nodeStatus(node, NodeStatus.FAILED, seconds(start));
      throw failure(node, e);
    }
    hooks.nodeStatus(node, NodeStatus.DONE, seconds(start));
    return NodeStatus.DONE;
  }

  private Object load(String name) {
    hooks.beforeDatasetLoad(name);
    long t = System.nanoTime();
    Object value = catalog.load(name);
    hooks.afterDatasetLoad(name, value, seconds(t));
    return value;
  }

  private void save(String name, Object value) {
    hooks.beforeDatasetSave(name, value);
    long t = System.nanoTime();
    catalog.save(name, value);
    hooks.afterDatasetSave(name, seconds(t));
  }

  private static NodeFailedException failure(Node node, Throwable e) {
    // the first line only, made printable: a parser's message can hold whole rows of binary input
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : Quote.line(e.getMessage());
    return new NodeFailedException(
        "Node `" + node.name() + "` failed (inputs " + node.inputs() + "): " + why, node.name(), e);
  }

  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}

package dev.learninglab.labs.pipeline.model.run;

import dev.learninglab.labs.pipeline.model.Node;
import dev.learninglab.labs.pipeline.model.Pipeline;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The parallel runner's loop: submits every node whose producers have all finished, waits for any
 * to complete, and repeats. After a failure nothing new is submitted; nodes already running are
 * allowed to finish so their saves complete.
 */
final class ParallelSchedule {
  private final Pipeline pipeline;
  private final Set<String> toRun;
  private final Function<Node, NodeFailedException> runOne;

  ParallelSchedule(
      Pipeline pipeline, Set<String> toRun, Function<Node, NodeFailedException> runOne) {
    this.pipeline = pipeline;
    this.toRun = toRun;
    this.runOne = runOne;
  }

  NodeFailedException run(int threads) {
    Map<String, Set<String>> waitingOn = new HashMap<>();
    for (Node n : pipeline.nodes()) {
      if (!toRun.contains(n.name())) {
        continue;
      }
      Set<String> deps = new HashSet<>();
      for (String in : n.inputs()) {
        Node p = pipeline.producer(in);
        if (p != null && toRun.contains(p.name())) {
          deps.add(p.name());
        }
      }
      waitingOn.put(n.name(), deps);
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "pipeline-runner");
              t.setDaemon(true);
              return t;
            });
    CompletionService<NodeFailedException> done = new ExecutorCompletionService<>(pool);
    Map<Future<NodeFailedException>, String> running = new HashMap<>();
    NodeFailedException failure = null;
    try {
      while (true) {
        if (failure == null) {
          for (String ready : readyNodes(waitingOn)) {
            waitingOn.remove(ready);
            Node node = pipeline.node(ready);
            running.put(done.submit(() -> runOne.apply(node)), ready);
          }
        }
        if (running.isEmpty()) {
          return failure;
        }
        Future<NodeFailedException> f = done.take();
        String finished = running.remove(f);
        NodeFailedException result = f.get();
        if (result != null) {
          failure = failure == null ? result : failure;
        } else {
          waitingOn.values().forEach(deps -> deps.remove(finished));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.util.concurrent.CancellationException("pipeline run interrupted");
    } catch (ExecutionException e) {
      throw new IllegalStateException("runner task crashed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Set<String> readyNodes(Map<String, Set<String>> waitingOn) {
    Set<String> ready = new java.util.TreeSet<>();
    waitingOn.forEach(
        (k, v) -> {
          if (v.isEmpty()) {
            ready.add(k);
          }
        });
    return ready;
  }
}

package dev.learninglab.labs.pipeline.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An immutable set of {@link Node}s whose running order comes from the dataset names alone, as
 * Kedro's {@code Pipeline}: adding order does not matter. Construction checks that node names and
 * outputs are unique and that there is no cycle. Slicing methods return new pipelines and follow
 * Kedro's documented semantics.
 */
public final class Pipeline {
  private final Map<String, Node> byName;
  private final List<List<Node>> layers;

  public Pipeline(Collection<Node> nodes) {
    Map<String, Node> names = new LinkedHashMap<>();
    Map<String, String> producers = new HashMap<>();
    for (Node n : nodes) {
      Node previous = names.put(n.name(), n);
      if (previous != null && previous != n) {
        throw new PipelineException(
            "Two nodes are named `" + n.name() + "`: " + previous + " and " + n);
      }
      for (String out : n.outputs()) {
        String other = producers.put(out, n.name());
        if (other != null && !other.equals(n.name())) {
          throw new PipelineException(
              "Dataset `"
                  + out
                  + "` is the output of more than one node: `"
                  + other
                  + "` and `"
                  + n.name()
                  + "`");
        }
      }
    }
    this.byName = names;
    this.layers = toposort(names.values(), producers);
  }

  public static Pipeline of(Node... nodes) {
    return new Pipeline(List.of(nodes));
  }

  /** Kahn's algorithm by layers; ties are broken by node name so the order is reproducible. */
  private static List<List<Node>> toposort(Collection<Node> nodes, Map<String, String> producers) {
    Map<String, Set<String>> parents = new HashMap<>();
    Map<String, Set<String>> children = new HashMap<>();
    for (Node n : nodes) {
      parents.put(n.name(), new TreeSet<>());
      children.putIfAbsent(n.name(), new TreeSet<>());
    }
    for (Node n : nodes) {
      for (String in : n.inputs()) {
        String p = producers.get(in);
        if (p != null) {
          parents.get(n.name()).add(p);
          children.computeIfAbsent(p, k -> new TreeSet<>()).add(n.name());
        }
      }
    }
    Map<String, Node> lookup = new HashMap<>();
    nodes.forEach(n -> lookup.put(n.name(), n));
    Map<String, Integer> waiting = new HashMap<>();
    parents.forEach((k, v) -> waiting.put(k, v.size()));
    TreeSet<String> ready = new TreeSet<>();
    waiting.forEach(
        (k, v) -> {
          if (v == 0) {
            ready.add(k);
          }
        });
    return layered(ready, lookup, children, waiting, nodes.size());
  }

  private static List<List<Node>> layered(
      TreeSet<String> ready,
      Map<String, Node> lookup,
      Map<String, Set<String>> children,
      Map<String, Integer> waiting,
      int total) {
    List<List<Node>> result = new ArrayList<>();
    int placed = 0;
    while (!ready.isEmpty()) {
      List<Node> layer = ready.stream().map(lookup::get).toList();
      result.add(layer);
      placed += layer.size();
      TreeSet<String> next = new TreeSet<>();
      for (Node n : layer) {
        for (String c : children.get(n.name())) {
          if (waiting.merge(c, -1, Integer::sum) == 0) {
            next.add(c);
          }
        }
      }
      ready = next;
    }
    if (placed != total) {
      Set<String> stuck = new TreeSet<>();
      waiting.forEach(
          (k, v) -> {
            if (v > 0) {
              stuck.add(k);
            }
          });
      throw new PipelineException(
          "The pipeline has a cycle among nodes " + stuck + ": each waits for another's output");
    }
    return List.copyOf(result);
  }

  /** The nodes in running order. */
  public List<Node> nodes() {
    return layers.stream().flatMap(List::stream).toList();
  }

  /** The nodes grouped in layers: every node of a layer depends only on earlier layers. */
  public List<List<Node>> layers() {
    return layers;
  }

  public Node node(String name) {
    Node n = byName.get(name);
    if (n == null) {
      throw new PipelineException(
          "Pipeline does not contain a node named `" + name + "` (nodes: " + byName.keySet() + ")");
    }
    return n;
  }

  public boolean isEmpty() {
    return byName.isEmpty();
  }

  /** Every dataset the nodes read or write, parameters included. */
  public Set<String> datasets() {
    Set<String> all = new TreeSet<>(allInputs());
    all.addAll(allOutputs());
    return all;
  }

  public Set<String> allInputs() {
    Set<String> s = new TreeSet<>();
    byName.values().forEach(n -> s.addAll(n.inputs()));
    return s;
  }

  public Set<String> allOutputs() {
    Set<String> s = new TreeSet<>();
    byName.values().forEach(n -> s.addAll(n.outputs()));
    return s;
  }

  /** Free inputs: read by some node, written by none (parameters included). */
  public Set<String> inputs() {
    Set<String> s = allInputs();
    s.removeAll(allOutputs());
    return s;
  }

  /** Free outputs: written by some node, read by none. */
  public Set<String> outputs() {
    Set<String> s = allOutputs();
    s.removeAll(allInputs());
    return s;
  }

  /** The node writing a dataset, or null for a free input. */
  public Node producer(String dataset) {
    return byName.values().stream()
        .filter(n -> n.outputs().contains(dataset))
        .findFirst()
        .orElse(null);
  }

  /** Union ({@code a + b} in Kedro). */
  public Pipeline plus(Pipeline other) {
    Map<String, Node> all = new LinkedHashMap<>(byName);
    other.byName.values().forEach(n -> all.putIfAbsent(n.name(), n));
    return new Pipeline(all.values());
  }

  /** Difference ({@code a - b} in Kedro): the nodes of this one not in the other. */
  public Pipeline minus(Pipeline other) {
    return filter(n -> !other.byName.containsKey(n.name()));
  }

  private Pipeline filter(Predicate<Node> keep) {
    return new Pipeline(byName.values().stream().filter(keep).toList());
  }

  /** Nodes having any of the tags ({@code only_nodes_with_tags}). */
  public Pipeline onlyNodesWithTags(Collection<String> tags) {
    return filter(n -> n.tags().stream().anyMatch(tags::contains));
  }

  /** Exactly the named nodes ({@code only_nodes}); unknown names are an error. */
  public Pipeline onlyNodes(Collection<String> names) {
    checkNodes(names);
    return filter(n -> names.contains(n.name()));
  }

  /** The named nodes and everything downstream of them ({@code from_nodes}). */
  public Pipeline fromNodes(Collection<String> names) {
    return withReachable(names, Node::outputs, this::downstreamOf);
  }

  /** The named nodes and everything they need upstream ({@code to_nodes}). */
  public Pipeline toNodes(Collection<String> names) {
    return withReachable(names, Node::inputs, this::upstreamOf);
  }

  /**
   * The named nodes plus those {@code reach} finds from their {@code ports} (inputs or outputs).
   */
  private Pipeline withReachable(
      Collection<String> names,
      Function<Node, ? extends Collection<String>> ports,
      Function<Set<String>, Set<String>> reach) {
    checkNodes(names);
    Set<String> datasets = new LinkedHashSet<>();
    names.forEach(name -> datasets.addAll(ports.apply(byName.get(name))));
    Set<String> keep = new LinkedHashSet<>(names);
    keep.addAll(reach.apply(datasets));
    return filter(n -> keep.contains(n.name()));
  }

  /** Nodes that depend, directly or transitively, on the datasets ({@code from_inputs}). */
  public Pipeline fromInputs(Collection<String> datasets) {
    checkDatasets(datasets, allInputs(), "inputs");
    Set<String> keep = downstreamOf(datasets);
    return filter(n -> keep.contains(n.name()));
  }

  /** Nodes needed, directly or transitively, to make the datasets ({@code to_outputs}). */
  public Pipeline toOutputs(Collection<String> datasets) {
    checkDatasets(datasets, allOutputs(), "outputs");
    Set<String> keep = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(datasets);
    Set<String> seen = new LinkedHashSet<>();
    while (!todo.isEmpty()) {
      String d = todo.pop();
      if (!seen.add(d)) {
        continue;
      }
      Node p = producer(d);
      if (p != null && keep.add(p.name())) {
        todo.addAll(p.inputs());
      }
    }
    return filter(n -> keep.contains(n.name()));
  }

  /** Nodes whose outputs include any of the datasets ({@code only_nodes_with_outputs}). */
  public Pipeline onlyNodesWithOutputs(Collection<String> datasets) {
    return filter(n -> n.outputs().stream().anyMatch(datasets::contains));
  }

  private Set<String> downstreamOf(Collection<String> datasets) {
    Set<String> keep = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(datasets);
    Set<String> seen = new LinkedHashSet<>();
    while (!todo.isEmpty()) {
      String d = todo.pop();
      if (!seen.add(d)) {
        continue;
      }
      for (Node n : byName.values()) {
        if (n.inputs().contains(d) && keep.add(n.name())) {
          todo.addAll(n.outputs());
        }
      }
    }
    return keep;
  }

  private Set<String> upstreamOf(Collection<String> datasets) {
    Set<String> keep = new LinkedHashSet<>();
    for (String d : datasets) {
      Node p = producer(d);
      if (p != null) {
        keep.add(p.name());
        keep.addAll(upstreamOf(p.inputs()));
      }
    }
    return keep;
  }

  private void checkNodes(Collection<String> names) {
    List<String> unknown = names.stream().filter(n -> !byName.containsKey(n)).toList();
    if (!unknown.isEmpty()) {
      throw new PipelineException(
          "Pipeline does not contain nodes named "
              + unknown
              + " (nodes: "
              + new TreeSet<>(byName.keySet())
              + ")");
    }
  }

  private static void checkDatasets(Collection<String> names, Set<String> known, String what) {
    List<String> unknown = names.stream().filter(n -> !known.contains(n)).toList();
    if (!unknown.isEmpty()) {
      throw new PipelineException(
          "Pipeline does not have "
              + what
              + " named "
              + unknown
              + " ("
              + what
              + ": "
              + known
              + ")");
    }
  }

  /** Applies the non-empty parts of a slice, each narrowing the result, as {@code kedro run}. */
  public Pipeline slice(Slice slice) {
    Pipeline p = this;
    if (!slice.tags().isEmpty()) {
      p = p.onlyNodesWithTags(slice.tags());
    }
    if (!slice.fromNodes().isEmpty()) {
      p = p.fromNodes(slice.fromNodes());
    }
    if (!slice.toNodes().isEmpty()) {
      p = p.toNodes(slice.toNodes());
    }
    if (!slice.nodeNames().isEmpty()) {
      p = p.onlyNodes(slice.nodeNames());
    }
    if (!slice.fromInputs().isEmpty()) {
      p = p.fromInputs(slice.fromInputs());
    }
    if (!slice.toOutputs().isEmpty()) {
      p = p.toOutputs(slice.toOutputs());
    }
    return p;
  }

  @Override
  public String toString() {
    return "Pipeline" + nodes().stream().map(Node::name).toList();
  }
}

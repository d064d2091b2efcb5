package dev.learninglab.labs.pipeline.model.graph;

import dev.learninglab.labs.pipeline.model.Node;
import dev.learninglab.labs.pipeline.model.Pipeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pipeline as a bipartite graph of nodes and datasets, as kedro-viz draws it. Collapsed
 * namespaces become one box: their nodes fold into it and datasets made and used only inside
 * disappear.
 */
public final class PipelineGraph {
  private final Map<String, GraphBox> boxes = new LinkedHashMap<>();
  private final Set<List<String>> edges = new LinkedHashSet<>();

  private PipelineGraph() {}

  public static PipelineGraph of(Pipeline pipeline, Set<String> collapsed) {
    PipelineGraph g = new PipelineGraph();
    Map<String, String> nodeBox = new LinkedHashMap<>();
    for (Node n : pipeline.nodes()) {
      String ns = collapsedNamespace(n.namespace(), collapsed);
      if (ns == null) {
        g.boxes.put(n.name(), new GraphBox(n.name(), n.name(), GraphBox.Kind.NODE));
        nodeBox.put(n.name(), n.name());
      } else {
        g.boxes.putIfAbsent(
            "ns:" + ns,
            new GraphBox("ns:" + ns, ns + " (" + "namespace)", GraphBox.Kind.NAMESPACE));
        nodeBox.put(n.name(), "ns:" + ns);
      }
    }
    for (String d : pipeline.datasets()) {
      Set<String> touching = new LinkedHashSet<>();
      for (Node n : pipeline.nodes()) {
        if (n.inputs().contains(d) || n.outputs().contains(d)) {
          touching.add(nodeBox.get(n.name()));
        }
      }
      boolean free = pipeline.inputs().contains(d) || pipeline.outputs().contains(d);
      boolean internal =
          !free && touching.size() == 1 && touching.iterator().next().startsWith("ns:");
      if (!internal) {
        g.boxes.put(
            d,
            new GraphBox(
                d, d, Node.isParameter(d) ? GraphBox.Kind.PARAMETER : GraphBox.Kind.DATASET));
      }
    }
    for (Node n : pipeline.nodes()) {
      String box = nodeBox.get(n.name());
      n.inputs().stream().filter(g.boxes::containsKey).forEach(d -> g.edges.add(List.of(d, box)));
      n.outputs().stream().filter(g.boxes::containsKey).forEach(d -> g.edges.add(List.of(box, d)));
    }
    return g;
  }

  /** The outermost collapsed namespace containing {@code ns}, or null. */
  private static String collapsedNamespace(String ns, Set<String> collapsed) {
    if (ns == null) {
      return null;
    }
    String prefix = "";
    for (String part : ns.split("\\.")) {
      prefix = prefix.isEmpty() ? part : prefix + "." + part;
      if (collapsed.contains(prefix)) {
        return prefix;
      }
    }
    return null;
  }

  public List<GraphBox> boxes() {
    return new ArrayList<>(boxes.values());
  }

  public GraphBox box(String id) {
    return boxes.get(id);
  }

  /** Edges as [from, to] box ids. */
  public List<List<String>> edges() {
    return new ArrayList<>(edges);
  }
}

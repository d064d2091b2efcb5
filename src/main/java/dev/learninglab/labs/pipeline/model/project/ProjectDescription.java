package dev.learninglab.labs.pipeline.model.project;

import dev.learninglab.labs.pipeline.model.Node;
import dev.learninglab.labs.pipeline.model.Pipeline;
import dev.learninglab.labs.pipeline.model.catalog.DataCatalog;
import dev.learninglab.labs.pipeline.model.catalog.Dataset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A project's pipeline as plain data: nodes in running order and every dataset with its kind. */
public final class ProjectDescription {
  private ProjectDescription() {}

  public static Map<String, Object> describe(Project project, String pipelineName) {
    Pipeline p = project.pipeline(pipelineName);
    DataCatalog catalog = project.catalog(Map.of());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("project", project.name());
    out.put("starter", project.definition().starter());
    out.put("pipeline", pipelineName);
    out.put("pipelines", project.pipelineNames());
    List<Map<String, Object>> nodes = new ArrayList<>();
    for (Node n : p.nodes()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", n.name());
      m.put("namespace", n.namespace());
      m.put("inputs", n.inputs());
      m.put("outputs", n.outputs());
      m.put("tags", new TreeSet<>(n.tags()));
      m.put("description", n.description());
      nodes.add(m);
    }
    out.put("nodes", nodes);
    out.put("order", p.nodes().stream().map(Node::name).toList());
    List<Map<String, Object>> datasets = new ArrayList<>();
    for (String name : p.datasets()) {
      Dataset d = catalog.get(name);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", name);
      m.put("type", Node.isParameter(name) ? "parameter" : d.type());
      m.put("persisted", d.persisted());
      m.put("free_input", p.inputs().contains(name));
      m.put("description", Node.isParameter(name) ? "parameter" : d.toString());
      datasets.add(m);
    }
    out.put("datasets", datasets);
    return out;
  }
}

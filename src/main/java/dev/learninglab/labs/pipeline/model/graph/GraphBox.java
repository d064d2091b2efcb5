package dev.learninglab.labs.pipeline.model.graph;

/**
 * One box of the pipeline graph: a node, a dataset, a parameter, or a collapsed namespace.
 *
 * @param id unique key (node name, dataset name, or {@code ns:<namespace>})
 * @param label what the box shows
 */
public record GraphBox(String id, String label, Kind kind) {
  /** What a box stands for. */
  public enum Kind {
    NODE,
    DATASET,
    PARAMETER,
    NAMESPACE
  }
}

package dev.learninglab.labs.pipeline.model;

import java.util.List;

/**
 * The slicing options of a run ({@code kedro run --tags --from-nodes --to-nodes --nodes
 * --from-inputs --to-outputs}); empty lists mean "no restriction".
 */
public record Slice(
    List<String> tags,
    List<String> fromNodes,
    List<String> toNodes,
    List<String> nodeNames,
    List<String> fromInputs,
    List<String> toOutputs) {

  public Slice {
    tags = List.copyOf(tags);
    fromNodes = List.copyOf(fromNodes);
    toNodes = List.copyOf(toNodes);
    nodeNames = List.copyOf(nodeNames);
    fromInputs = List.copyOf(fromInputs);
    toOutputs = List.copyOf(toOutputs);
  }

  public static Slice all() {
    return new Slice(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  public Slice withTags(List<String> t) {
    return new Slice(t, fromNodes, toNodes, nodeNames, fromInputs, toOutputs);
  }

  public Slice withFromNodes(List<String> f) {
    return new Slice(tags, f, toNodes, nodeNames, fromInputs, toOutputs);
  }

  public Slice withToNodes(List<String> t) {
    return new Slice(tags, fromNodes, t, nodeNames, fromInputs, toOutputs);
  }

  public Slice withNodeNames(List<String> n) {
    return new Slice(tags, fromNodes, toNodes, n, fromInputs, toOutputs);
  }

  public Slice withFromInputs(List<String> f) {
    return new Slice(tags, fromNodes, toNodes, nodeNames, f, toOutputs);
  }

  public Slice withToOutputs(List<String> t) {
    return new Slice(tags, fromNodes, toNodes, nodeNames, fromInputs, t);
  }
}

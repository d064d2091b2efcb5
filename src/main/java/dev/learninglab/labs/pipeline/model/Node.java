package dev.learninglab.labs.pipeline.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One step of a pipeline: a named pure function with named inputs and outputs, as Kedro's {@code
 * node(func, inputs, outputs, name, tags, namespace)}. Inputs are dataset names, {@code params:x}
 * (one parameter, dots reach into nested maps) or {@code parameters} (all of them). The {@code
 * codeVersion} is what the cache compares: bump it when the function changes.
 */
public final class Node {
  private final String name;
  private final NodeFunction function;
  private final List<String> inputs;
  private final List<String> outputs;
  private final Set<String> tags;
  private final String namespace;
  private final String description;
  private final String codeVersion;

  private Node(Builder b) {
    if (b.name == null || b.name.isBlank()) {
      throw new PipelineException(
          "A node needs a name (inputs " + b.inputs + ", outputs " + b.outputs + ")");
    }
    // Kedro prefixes the namespace to the node name
    this.name =
        b.namespace != null && !b.name.startsWith(b.namespace + ".")
            ? b.namespace + "." + b.name
            : b.name;
    this.function = Objects.requireNonNull(b.function, "function of node " + b.name);
    this.inputs = List.copyOf(b.inputs);
    this.outputs = List.copyOf(b.outputs);
    this.tags = Set.copyOf(b.tags);
    this.namespace = b.namespace;
    this.description = b.description;
    this.codeVersion = b.codeVersion;
    if (new LinkedHashSet<>(outputs).size() != outputs.size()) {
      throw new PipelineException("Node `" + name + "` names an output twice: " + outputs);
    }
    if (outputs.stream().anyMatch(Node::isParameter)) {
      throw new PipelineException("Node `" + name + "` cannot output a parameter: " + outputs);
    }
  }

  public static Builder builder(String name, NodeFunction function) {
    return new Builder(name, function);
  }

  /** True for {@code params:x} and {@code parameters}. */
  public static boolean isParameter(String dataset) {
    return dataset.equals("parameters") || dataset.startsWith("params:");
  }

  /** The full name, namespace included ({@code data_science.train_model}). */
  public String name() {
    return name;
  }

  /** The name without its namespace. */
  public String shortName() {
    return namespace == null ? name : name.substring(namespace.length() + 1);
  }

  public NodeFunction function() {
    return function;
  }

  public List<String> inputs() {
    return inputs;
  }

  public List<String> outputs() {
    return outputs;
  }

  public Set<String> tags() {
    return tags;
  }

  /** The namespace, or null at top level. */
  public String namespace() {
    return namespace;
  }

  public String description() {
    return description;
  }

  public String codeVersion() {
    return codeVersion;
  }

  /** This node with datasets renamed, a namespace prefixed and tags added (modular pipelines). */
  Node rename(UnaryOperator<String> datasets, String prefix, Set<String> extraTags) {
    Builder b = new Builder(prefix == null ? name : prefix + "." + name, function);
    b.inputs = inputs.stream().map(datasets).toList();
    b.outputs = outputs.stream().map(datasets).toList();
    b.tags = new LinkedHashSet<>(tags);
    b.tags.addAll(extraTags);
    b.namespace =
        prefix == null ? namespace : namespace == null ? prefix : prefix + "." + namespace;
    b.description = description;
    b.codeVersion = codeVersion;
    return b.build();
  }

  @Override
  public String toString() {
    return name + ": " + inputs + " -> " + outputs;
  }

  /** Builds a {@link Node}. */
  public static final class Builder {
    private final String name;
    private final NodeFunction function;
    private List<String> inputs = new ArrayList<>();
    private List<String> outputs = new ArrayList<>();
    private Set<String> tags = new LinkedHashSet<>();
    private String namespace;
    private String description = "";
    private String codeVersion = "1";

    private Builder(String name, NodeFunction function) {
      this.name = name;
      this.function = function;
    }

    public Builder inputs(String... names) {
      inputs = List.of(names);
      return this;
    }

    public Builder outputs(String... names) {
      outputs = List.of(names);
      return this;
    }

    public Builder tags(String... names) {
      tags = new LinkedHashSet<>(List.of(names));
      return this;
    }

    public Builder namespace(String ns) {
      namespace = ns;
      return this;
    }

    public Builder description(String text) {
      description = text;
      return this;
    }

    public Builder codeVersion(String version) {
      codeVersion = version;
      return this;
    }

    public Node build() {
      return new Node(this);
    }
  }
}

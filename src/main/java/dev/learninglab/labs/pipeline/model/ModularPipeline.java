package dev.learninglab.labs.pipeline.model;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Kedro's {@code pipeline(pipe, namespace=, inputs=, outputs=, parameters=, tags=)}: reuses a
 * pipeline under a namespace. Every dataset gets the {@code namespace.} prefix except those
 * remapped by {@code inputs}/{@code outputs}; parameters keep their names unless remapped by {@code
 * parameters}; node names get the prefix too.
 */
public final class ModularPipeline {
  private ModularPipeline() {}

  public static Pipeline wrap(
      Pipeline pipe,
      String namespace,
      Map<String, String> inputs,
      Map<String, String> outputs,
      Map<String, String> parameters,
      Set<String> tags) {
    check(inputs.keySet(), pipe.inputs(), "inputs", "free inputs", namespace);
    check(outputs.keySet(), pipe.allOutputs(), "outputs", "outputs", namespace);
    for (String p : parameters.keySet()) {
      if (!Node.isParameter(p) || !Node.isParameter(parameters.get(p))) {
        throw new PipelineException(
            "Modular pipeline `"
                + namespace
                + "`: parameter mapping "
                + p
                + " -> "
                + parameters.get(p)
                + " must map params:x to params:y");
      }
    }
    check(parameters.keySet(), pipe.inputs(), "parameters", "parameter inputs", namespace);
    return new Pipeline(
        pipe.nodes().stream()
            .map(
                n ->
                    n.rename(
                        d -> rename(d, namespace, inputs, outputs, parameters), namespace, tags))
            .toList());
  }

  /** Just a namespace, no remapping. */
  public static Pipeline wrap(Pipeline pipe, String namespace) {
    return wrap(pipe, namespace, Map.of(), Map.of(), Map.of(), Set.of());
  }

  private static String rename(
      String d,
      String ns,
      Map<String, String> in,
      Map<String, String> out,
      Map<String, String> params) {
    if (Node.isParameter(d)) {
      return params.getOrDefault(d, d);
    }
    if (in.containsKey(d)) {
      return in.get(d);
    }
    if (out.containsKey(d)) {
      return out.get(d);
    }
    return ns == null ? d : ns + "." + d;
  }

  private static void check(
      Set<String> mapped, Set<String> allowed, String arg, String what, String ns) {
    Set<String> bad = new TreeSet<>(mapped);
    bad.removeAll(allowed);
    if (!bad.isEmpty()) {
      throw new PipelineException(
          "Modular pipeline `"
              + ns
              + "`: "
              + arg
              + " "
              + bad
              + " are not "
              + what
              + " of the pipeline ("
              + allowed
              + ")");
    }
  }
}

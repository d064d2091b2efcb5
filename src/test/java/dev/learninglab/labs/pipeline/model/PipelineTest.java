package dev.learninglab.labs.pipeline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Ordering and slicing, checked against the examples of Kedro's documentation ("Slice a pipeline":
 * the mean / mean_sos / variance pipeline).
 */
class PipelineTest {
  /** Kedro's docs pipeline: len → n; mean(xs, n) → m; mean_sos(xs, n) → m2; variance(m, m2) → v. */
  static List<Node> kedroDocsNodes() {
    return List.of(
        Node.builder("len", a -> List.of(((List<?>) a.get(0)).size()))
            .inputs("xs")
            .outputs("n")
            .build(),
        Node.builder("mean_node", a -> List.of(sum(a.get(0), 1) / (Integer) a.get(1)))
            .inputs("xs", "n")
            .outputs("m")
            .tags("mean")
            .build(),
        Node.builder("mean_sos", a -> List.of(sum(a.get(0), 2) / (Integer) a.get(1)))
            .inputs("xs", "n")
            .outputs("m2")
            .tags("mean", "variance")
            .build(),
        Node.builder(
                "variance_node",
                a -> List.of((Double) a.get(1) - (Double) a.get(0) * (Double) a.get(0)))
            .inputs("m", "m2")
            .outputs("v")
            .tags("variance")
            .build());
  }

  static double sum(Object xs, int power) {
    return ((List<?>) xs)
        .stream().mapToDouble(x -> Math.pow(((Number) x).doubleValue(), power)).sum();
  }

  static Pipeline kedroDocs() {
    return new Pipeline(kedroDocsNodes());
  }

  private static List<String> names(Pipeline p) {
    return p.nodes().stream().map(Node::name).toList();
  }

  @Test
  void orderComesFromNamesNotFromAddingOrder() {
    List<Node> shuffled = new ArrayList<>(kedroDocsNodes());
    Collections.reverse(shuffled);
    assertThat(names(new Pipeline(shuffled))).isEqualTo(names(kedroDocs()));
    assertThat(names(kedroDocs())).containsExactly("len", "mean_node", "mean_sos", "variance_node");
    assertThat(kedroDocs().layers()).hasSize(3);
    assertThat(kedroDocs().inputs()).containsExactly("xs");
    assertThat(kedroDocs().outputs()).containsExactly("v");
  }

  @Test
  void slicingFollowsKedrosDocumentedResults() {
    Pipeline p = kedroDocs();
    assertThat(names(p.fromInputs(List.of("m2")))).containsExactly("variance_node");
    assertThat(names(p.fromNodes(List.of("mean_node"))))
        .containsExactly("mean_node", "variance_node");
    assertThat(names(p.toNodes(List.of("mean_node")))).containsExactly("len", "mean_node");
    assertThat(names(p.toOutputs(List.of("m2")))).containsExactly("len", "mean_sos");
    assertThat(names(p.onlyNodesWithTags(List.of("mean"))))
        .containsExactly("mean_node", "mean_sos");
    assertThat(names(p.onlyNodesWithTags(List.of("variance"))))
        .containsExactly("mean_sos", "variance_node");
    assertThat(names(p.onlyNodes(List.of("len", "variance_node"))))
        .containsExactly("len", "variance_node");
    assertThat(
            names(
                p.slice(
                    Slice.all()
                        .withFromNodes(List.of("mean_sos"))
                        .withToNodes(List.of("variance_node")))))
        .containsExactly("mean_sos", "variance_node");
  }

  @Test
  void unionAndDifference() {
    Pipeline p = kedroDocs();
    Pipeline means = p.onlyNodesWithTags(List.of("mean"));
    assertThat(names(p.minus(means))).containsExactly("len", "variance_node");
    assertThat(names(p.minus(means).plus(means))).isEqualTo(names(p));
  }

  @Test
  void slicingByUnknownNamesIsAClearError() {
    assertThatThrownBy(() -> kedroDocs().fromNodes(List.of("nope")))
        .hasMessageContaining("does not contain nodes named [nope]")
        .hasMessageContaining("mean_node");
    assertThatThrownBy(() -> kedroDocs().fromInputs(List.of("zz")))
        .hasMessageContaining("inputs named [zz]");
    assertThatThrownBy(() -> kedroDocs().toOutputs(List.of("zz")))
        .hasMessageContaining("outputs named [zz]");
  }

  @Test
  void cyclesAreRejectedNamingTheNodes() {
    Node a = Node.builder("a", x -> List.of(1)).inputs("y").outputs("x").build();
    Node b = Node.builder("b", x -> List.of(1)).inputs("x").outputs("y").build();
    Node c = Node.builder("c", x -> List.of(1)).inputs("y").outputs("z").build();
    assertThatThrownBy(() -> Pipeline.of(a, b, c))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("cycle")
        .hasMessageContaining("[a, b, c]");
  }

  @Test
  void duplicateOutputsAndNamesAreRejected() {
    Node a = Node.builder("a", x -> List.of(1)).outputs("x").build();
    Node b = Node.builder("b", x -> List.of(1)).outputs("x").build();
    assertThatThrownBy(() -> Pipeline.of(a, b))
        .hasMessageContaining("Dataset `x` is the output of more than one node: `a` and `b`");
    Node a2 = Node.builder("a", x -> List.of(1)).outputs("y").build();
    assertThatThrownBy(() -> Pipeline.of(a, a2)).hasMessageContaining("Two nodes are named `a`");
    assertThatThrownBy(() -> Node.builder("p", x -> List.of(1)).outputs("params:x").build())
        .hasMessageContaining("cannot output a parameter");
  }

  @Test
  void namespacePrefixesNodesAndDatasetsExceptRemappedOnes() {
    Pipeline inner =
        Pipeline.of(
            Node.builder("scale", a -> List.of(a.get(0)))
                .inputs("raw", "params:factor")
                .outputs("scaled")
                .tags("t")
                .build(),
            Node.builder("report", a -> List.of(a.get(0)))
                .inputs("scaled")
                .outputs("report")
                .build());
    Pipeline ns =
        ModularPipeline.wrap(
            inner,
            "train",
            java.util.Map.of("raw", "train_raw"),
            java.util.Map.of("report", "train_report"),
            java.util.Map.of("params:factor", "params:train_factor"),
            Set.of("ns"));
    assertThat(names(ns)).containsExactly("train.scale", "train.report");
    assertThat(ns.node("train.scale").namespace()).isEqualTo("train");
    assertThat(ns.node("train.scale").shortName()).isEqualTo("scale");
    assertThat(ns.node("train.scale").inputs()).containsExactly("train_raw", "params:train_factor");
    assertThat(ns.node("train.scale").outputs()).containsExactly("train.scaled");
    assertThat(ns.node("train.scale").tags()).containsExactlyInAnyOrder("t", "ns");
    assertThat(ns.outputs()).containsExactly("train_report");
    // the same pipeline twice under two namespaces does not clash
    Pipeline both = ns.plus(ModularPipeline.wrap(inner, "test"));
    assertThat(both.nodes()).hasSize(4);
    assertThat(both.inputs()).contains("train_raw", "test.raw", "params:factor");
    // parameters keep their names unless remapped (Kedro's rule)
    assertThat(both.node("test.scale").inputs()).containsExactly("test.raw", "params:factor");
  }

  @Test
  void badRemappingIsAClearError() {
    Pipeline inner =
        Pipeline.of(Node.builder("n", a -> List.of(1)).inputs("a").outputs("b").build());
    assertThatThrownBy(
            () ->
                ModularPipeline.wrap(
                    inner,
                    "x",
                    java.util.Map.of("b", "c"),
                    java.util.Map.of(),
                    java.util.Map.of(),
                    Set.of()))
        .hasMessageContaining("inputs [b] are not free inputs");
    assertThatThrownBy(
            () ->
                ModularPipeline.wrap(
                    inner,
                    "x",
                    java.util.Map.of(),
                    java.util.Map.of("zz", "c"),
                    java.util.Map.of(),
                    Set.of()))
        .hasMessageContaining("outputs [zz]");
  }
}

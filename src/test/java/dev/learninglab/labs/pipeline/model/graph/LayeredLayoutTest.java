package dev.learninglab.labs.pipeline.model.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.labs.pipeline.model.PipelineTestAccess;
import dev.learninglab.labs.pipeline.model.graph.LayeredLayout.Rect;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LayeredLayoutTest {
  @Test
  void everyEdgeGoesDownAndBoxesInALayerDoNotOverlap() {
    PipelineGraph g = PipelineGraph.of(PipelineTestAccess.kedroDocs(), Set.of());
    Map<String, Rect> r = LayeredLayout.layout(g, b -> b.label().length() * 7.0 + 20);
    assertThat(r).hasSize(g.boxes().size());
    for (List<String> e : g.edges()) {
      assertThat(r.get(e.get(0)).y()).as(e.toString()).isLessThan(r.get(e.get(1)).y());
    }
    for (Rect a : r.values()) {
      for (Rect b : r.values()) {
        if (a != b && a.y() == b.y()) {
          assertThat(a.x() + a.w() <= b.x() || b.x() + b.w() <= a.x()).isTrue();
        }
      }
    }
  }

  @Test
  void collapsingANamespaceFoldsItsNodesAndInternalDatasets() {
    var inner =
        dev.learninglab.labs.pipeline.model.ModularPipeline.wrap(
            PipelineTestAccess.kedroDocs(), "stats");
    PipelineGraph open = PipelineGraph.of(inner, Set.of());
    PipelineGraph closed = PipelineGraph.of(inner, Set.of("stats"));
    assertThat(open.boxes()).extracting(GraphBox::id).contains("stats.mean_node", "stats.m");
    assertThat(closed.boxes())
        .extracting(GraphBox::id)
        .containsExactlyInAnyOrder("ns:stats", "stats.xs", "stats.v");
    assertThat(closed.edges())
        .containsExactlyInAnyOrder(List.of("stats.xs", "ns:stats"), List.of("ns:stats", "stats.v"));
  }
}

package dev.learninglab.labs.pipeline.model.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.labs.pipeline.model.PipelineTestAccess;
import dev.learninglab.labs.pipeline.model.graph.EdgeRoutes.Point;
import dev.learninglab.labs.pipeline.model.graph.LayeredLayout.Rect;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EdgeRoutesTest {
  private static final Rect TOP = new Rect(0, 0, 100, 30);
  private static final Rect MIDDLE = new Rect(0, 76, 100, 30);
  private static final Rect BOTTOM = new Rect(0, 152, 100, 30);

  @Test
  void anEdgeToTheNextLayerRunsBorderToBorder() {
    assertThat(EdgeRoutes.route(TOP, MIDDLE, List.of(TOP, MIDDLE, BOTTOM)))
        .containsExactly(new Point(50, 30), new Point(50, 76));
  }

  @Test
  void anEdgeOverALayerGoesRoundTheBoxInIt() {
    List<Point> route = EdgeRoutes.route(TOP, BOTTOM, List.of(TOP, MIDDLE, BOTTOM));
    assertThat(route).hasSize(4);
    assertThat(route.get(1).y()).isEqualTo(76);
    assertThat(route.get(2).y()).isEqualTo(106);
    assertThat(route.get(1).x()).isEqualTo(route.get(2).x());
    assertThat(route.get(1).x() < 0 || route.get(1).x() > 100).as("beside the box").isTrue();
  }

  @Test
  void noEdgeOfTheDocsPipelineCrossesABoxOnItsWay() {
    PipelineGraph g = PipelineGraph.of(PipelineTestAccess.kedroDocs(), Set.of());
    Map<String, Rect> r = LayeredLayout.layout(g, b -> b.label().length() * 7.0 + 20);
    for (List<String> e : g.edges()) {
      List<Point> route = EdgeRoutes.route(r.get(e.get(0)), r.get(e.get(1)), r.values());
      // between consecutive points the curve stays within their x and y range: inside a layer
      // that range is one vertical line, between layers there are no boxes
      for (int i = 1; i < route.size() - 1; i += 2) {
        Point in = route.get(i);
        for (Rect box : r.values()) {
          boolean sameLayer = box.y() == in.y();
          assertThat(sameLayer && in.x() > box.x() && in.x() < box.x() + box.w())
              .as("%s passes through a box at %s", e, in)
              .isFalse();
        }
      }
    }
  }
}

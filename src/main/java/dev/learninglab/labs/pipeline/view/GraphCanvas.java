package dev.learninglab.labs.pipeline.view;

import dev.learninglab.labs.pipeline.model.Node;
import dev.learninglab.labs.pipeline.model.graph.EdgeRoutes;
import dev.learninglab.labs.pipeline.model.graph.GraphBox;
import dev.learninglab.labs.pipeline.model.graph.LayeredLayout;
import dev.learninglab.labs.pipeline.model.graph.LayeredLayout.Rect;
import dev.learninglab.labs.pipeline.model.graph.PipelineGraph;
import dev.learninglab.labs.pipeline.model.run.LiveStatus;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * Draws the pipeline graph: nodes as rounded boxes coloured by live status (with their time),
 * datasets and parameters as plain boxes, collapsed namespaces as wide boxes. Click selects, a
 * click on a namespace box (or on a namespaced node with Alt) collapses/expands it; boxes not
 * matching the search or tag filter are dimmed.
 */
final class GraphCanvas extends JComponent {
  private static final int MARGIN = 20;
  private final PipelineController controller;
  private PipelineGraph graph;
  private Map<String, Rect> rects = Map.of();
  private double graphW;
  private double graphH;

  /** Shrinks the graph to fit the panel (never enlarges); hit-testing divides by it. */
  private double scale = 1;

  /** Centres a narrow graph horizontally. */
  private double offsetX;

  GraphCanvas(PipelineController controller) {
    this.controller = controller;
    addMouseListener(
        new MouseAdapter() {
          @Override
          public void mouseClicked(MouseEvent e) {
            String hit = boxAt(e.getX(), e.getY());
            if (hit != null && hit.startsWith("ns:")) {
              controller.toggleNamespace(hit.substring(3));
            } else if (hit != null
                && e.isAltDown()
                && isNode(hit)
                && controller.pipeline().node(hit).namespace() != null) {
              controller.toggleNamespace(
                  controller.pipeline().node(hit).namespace().split("\\.")[0]);
            } else {
              controller.select(hit);
            }
          }
        });
  }

  private boolean isNode(String id) {
    return graph != null && graph.box(id) != null && graph.box(id).kind() == GraphBox.Kind.NODE;
  }

  /** Recomputes the layout from the controller's pipeline and collapsed namespaces. */
  void refresh() {
    if (!controller.hasProject()) {
      return;
    }
    graph = PipelineGraph.of(controller.pipeline(), controller.collapsed());
    FontMetrics fm =
        getFontMetrics(getFont() != null ? getFont() : UIManager.getFont("Label.font"));
    rects = LayeredLayout.layout(graph, b -> fm.stringWidth(label(b)) + 24.0);
    graphW = rects.values().stream().mapToDouble(r -> r.x() + r.w()).max().orElse(0);
    graphH = rects.values().stream().mapToDouble(r -> r.y() + r.h()).max().orElse(0);
    setPreferredSize(new Dimension((int) graphW + 2 * MARGIN, (int) graphH + 2 * MARGIN));
    revalidate();
    repaint();
  }

  Map<String, Rect> rects() {
    return rects;
  }

  String boxAt(int px, int py) {
    double x = px / scale - offsetX;
    double y = py / scale;
    for (Map.Entry<String, Rect> e : rects.entrySet()) {
      Rect r = e.getValue();
      if (x >= r.x() + MARGIN
          && x <= r.x() + r.w() + MARGIN
          && y >= r.y() + MARGIN
          && y <= r.y() + r.h() + MARGIN) {
        return e.getKey();
      }
    }
    return null;
  }

  private String label(GraphBox b) {
    LiveStatus.Entry s = b.kind() == GraphBox.Kind.NODE ? controller.status().get(b.id()) : null;
    String base =
        switch (b.kind()) {
          case NODE -> shortName(b.id());
          // a namespaced dataset shows its own name; the box's position tells the namespace
          case DATASET -> b.label().substring(b.label().lastIndexOf('.') + 1);
          default -> b.label();
        };
    return s == null || s.seconds() == 0 ? base : String.format("%s  %.2fs", base, s.seconds());
  }

  private String shortName(String id) {
    Node n = controller.pipeline().node(id);
    return n.namespace() == null ? n.name() : n.shortName();
  }

  private boolean matches(GraphBox b) {
    String q = controller.search().toLowerCase(java.util.Locale.ROOT);
    if (q.isEmpty()) {
      return true;
    }
    if (q.startsWith("tag:")) {
      String tag = q.substring(4);
      return b.kind() == GraphBox.Kind.NODE
          && controller.pipeline().node(b.id()).tags().contains(tag);
    }
    return b.id().toLowerCase(java.util.Locale.ROOT).contains(q);
  }

  @Override
  protected void paintComponent(Graphics g0) {
    Graphics2D g = (Graphics2D) g0.create();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(UIManager.getColor("Panel.background"));
    g.fillRect(0, 0, getWidth(), getHeight());
    if (graph == null) {
      g.dispose();
      return;
    }
    scale =
        Math.min(
            1,
            Math.min(
                (getWidth() - 2.0 * MARGIN) / Math.max(1, graphW),
                (getHeight() - 2.0 * MARGIN) / Math.max(1, graphH)));
    scale = Math.max(scale, 0.3);
    g.scale(scale, scale);
    offsetX = Math.max(0, (getWidth() / scale - graphW - 2 * MARGIN) / 2);
    g.translate(MARGIN + offsetX, MARGIN);
    g.setStroke(new BasicStroke(1.3f));
    g.setColor(new Color(140, 140, 150));
    for (List<String> e : graph.edges()) {
      List<EdgeRoutes.Point> route =
          EdgeRoutes.route(rects.get(e.get(0)), rects.get(e.get(1)), rects.values());
      for (int i = 1; i < route.size(); i++) {
        EdgeRoutes.Point p = route.get(i - 1);
        EdgeRoutes.Point q = route.get(i);
        double midY = (p.y() + q.y()) / 2;
        g.draw(new CubicCurve2D.Double(p.x(), p.y(), p.x(), midY, q.x(), midY, q.x(), q.y()));
      }
      EdgeRoutes.Point end = route.get(route.size() - 1);
      g.fillOval((int) end.x() - 3, (int) end.y() - 3, 6, 6);
    }
    for (GraphBox b : graph.boxes()) {
      paintBox(g, b, rects.get(b.id()));
    }
    g.dispose();
  }

  private void paintBox(Graphics2D g, GraphBox b, Rect r) {
    LiveStatus.Entry s = controller.status().get(b.id());
    boolean slicedOut =
        b.kind() == GraphBox.Kind.NODE && !controller.status().isEmpty() && s == null;
    Color fill = BoxColors.fill(b.kind(), s == null ? null : s.status());
    boolean dim = slicedOut || !matches(b);
    g.setColor(dim ? BoxColors.dimmed(fill) : fill);
    double arc = b.kind() == GraphBox.Kind.NODE ? 14 : 4;
    RoundRectangle2D shape = new RoundRectangle2D.Double(r.x(), r.y(), r.w(), r.h(), arc, arc);
    g.fill(shape);
    boolean selected = b.id().equals(controller.selection());
    g.setColor(selected ? new Color(30, 110, 230) : new Color(90, 90, 100));
    g.setStroke(new BasicStroke(selected ? 2.5f : 1f));
    g.draw(shape);
    g.setColor(dim ? Color.GRAY : Color.BLACK);
    FontMetrics fm = g.getFontMetrics();
    String text = label(b);
    g.drawString(
        text,
        (float) (r.x() + (r.w() - fm.stringWidth(text)) / 2),
        (float) (r.y() + (r.h() + fm.getAscent() - fm.getDescent()) / 2));
  }
}

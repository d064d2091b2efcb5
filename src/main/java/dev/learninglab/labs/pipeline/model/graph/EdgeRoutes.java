package dev.learninglab.labs.pipeline.model.graph;

import dev.learninglab.labs.pipeline.model.graph.LayeredLayout.Rect;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where an edge runs: from the bottom of its source box to the top of its target, and through the
 * gap between boxes in every layer it crosses, so an edge spanning several layers never runs
 * through a box on its way.
 */
public final class EdgeRoutes {
  /** How close to a box an edge may pass before it is moved into the nearest gap. */
  private static final double CLEARANCE = 4;

  /** A point of a route, in layout coordinates. */
  public record Point(double x, double y) {}

  private EdgeRoutes() {}

  /**
   * The points an edge from {@code from} to {@code to} passes, top to bottom: the source's bottom
   * centre, an entry and exit point for each layer in between, the target's top centre. Consecutive
   * points are joined with curves whose tangents are vertical at both ends.
   */
  public static List<Point> route(Rect from, Rect to, Collection<Rect> boxes) {
    double top = from.y() + from.h();
    double bottom = to.y();
    Map<Double, List<Rect>> rows = new TreeMap<>();
    for (Rect r : boxes) {
      if (r.y() >= top && r.y() + r.h() <= bottom) {
        rows.computeIfAbsent(r.y(), y -> new ArrayList<>()).add(r);
      }
    }
    List<Point> points = new ArrayList<>();
    points.add(new Point(from.centerX(), top));
    for (List<Rect> row : rows.values()) {
      Rect any = row.get(0);
      double t = (any.y() + any.h() / 2 - top) / (bottom - top);
      double x = clear(from.centerX() + t * (to.centerX() - from.centerX()), row);
      points.add(new Point(x, any.y()));
      points.add(new Point(x, any.y() + any.h()));
    }
    points.add(new Point(to.centerX(), bottom));
    return points;
  }

  /** {@code x}, or the middle of the nearer gap beside the box of {@code row} that it hits. */
  private static double clear(double x, List<Rect> row) {
    for (Rect r : row) {
      if (x > r.x() - CLEARANCE && x < r.x() + r.w() + CLEARANCE) {
        double left = r.x() - LayeredLayout.BOX_GAP / 2;
        double right = r.x() + r.w() + LayeredLayout.BOX_GAP / 2;
        return x - left < right - x ? left : right;
      }
    }
    return x;
  }
}

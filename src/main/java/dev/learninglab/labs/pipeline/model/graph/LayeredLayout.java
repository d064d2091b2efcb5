package dev.learninglab.labs.pipeline.model.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * A layered (Sugiyama-style) layout, top to bottom: boxes go to layers by longest path from the
 * sources (sources then move down to just above their first consumer), each layer is ordered by the
 * barycentre of its neighbours over a few down and up sweeps to reduce crossings, and layers are
 * centred. Enough for pipelines of tens of boxes; see docs/decisions/0009-pipeline-graph-layout.md
 * for why not Eclipse ELK.
 */
public final class LayeredLayout {
  /** Where one box goes. */
  public record Rect(double x, double y, double w, double h) {
    public double centerX() {
      return x + w / 2;
    }
  }

  private static final double BOX_H = 30;
  private static final double LAYER_GAP = 46;
  static final double BOX_GAP = 18;
  private static final int SWEEPS = 6;

  private LayeredLayout() {}

  /** Places the boxes; {@code width} gives each box's width (the view measures its label). */
  public static Map<String, Rect> layout(PipelineGraph g, ToDoubleFunction<GraphBox> width) {
    Map<String, List<String>> parents = new HashMap<>();
    Map<String, List<String>> children = new HashMap<>();
    g.boxes()
        .forEach(
            b -> {
              parents.put(b.id(), new ArrayList<>());
              children.put(b.id(), new ArrayList<>());
            });
    for (List<String> e : g.edges()) {
      children.get(e.get(0)).add(e.get(1));
      parents.get(e.get(1)).add(e.get(0));
    }
    Map<String, Integer> layer = new LinkedHashMap<>();
    g.boxes().forEach(b -> depth(b.id(), parents, layer));
    // sources (raw data, parameters) sit just above their first consumer, not all at the top
    g.boxes()
        .forEach(
            b -> {
              if (parents.get(b.id()).isEmpty() && !children.get(b.id()).isEmpty()) {
                layer.put(
                    b.id(),
                    children.get(b.id()).stream().mapToInt(layer::get).min().getAsInt() - 1);
              }
            });
    int layers = layer.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < layers; i++) {
      rows.add(new ArrayList<>());
    }
    layer.forEach((id, l) -> rows.get(l).add(id));
    Map<String, Double> pos = new HashMap<>();
    rows.forEach(LayeredLayout::initialOrder);
    rows.forEach(r -> r.forEach(id -> pos.put(id, (double) r.indexOf(id))));
    for (int s = 0; s < SWEEPS; s++) {
      boolean down = s % 2 == 0;
      for (int i = down ? 1 : layers - 2; down ? i < layers : i >= 0; i += down ? 1 : -1) {
        List<String> row = rows.get(i);
        Map<String, List<String>> neighbours = down ? parents : children;
        Map<String, Double> bary = new HashMap<>();
        for (String id : row) {
          bary.put(
              id, neighbours.get(id).stream().mapToDouble(pos::get).average().orElse(pos.get(id)));
        }
        row.sort(Comparator.comparingDouble(bary::get));
        for (int k = 0; k < row.size(); k++) {
          pos.put(row.get(k), (double) k);
        }
      }
    }
    return place(g, rows, width);
  }

  private static void initialOrder(List<String> row) {
    row.sort(Comparator.naturalOrder());
  }

  private static int depth(
      String id, Map<String, List<String>> parents, Map<String, Integer> memo) {
    Integer known = memo.get(id);
    if (known != null) {
      return known;
    }
    int d = 0;
    for (String p : parents.get(id)) {
      d = Math.max(d, depth(p, parents, memo) + 1);
    }
    memo.put(id, d);
    return d;
  }

  private static Map<String, Rect> place(
      PipelineGraph g, List<List<String>> rows, ToDoubleFunction<GraphBox> width) {
    double widest = 0;
    List<Double> rowWidths = new ArrayList<>();
    for (List<String> row : rows) {
      double w =
          row.stream().mapToDouble(id -> width.applyAsDouble(g.box(id))).sum()
              + BOX_GAP * Math.max(0, row.size() - 1);
      rowWidths.add(w);
      widest = Math.max(widest, w);
    }
    Map<String, Rect> out = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      double x = (widest - rowWidths.get(i)) / 2;
      for (String id : rows.get(i)) {
        double w = width.applyAsDouble(g.box(id));
        out.put(id, new Rect(x, i * (BOX_H + LAYER_GAP), w, BOX_H));
        x += w + BOX_GAP;
      }
    }
    return out;
  }
}

package dev.learninglab.labs.gauntlet.model;

import static dev.learninglab.labs.gauntlet.model.GauntletTexts.T;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares two XChart charts as the probe describes them: chart type, series names, each series'
 * render style (bar, line, scatter, ...) and its points; points are compared in order only when the
 * prompt asks for an order.
 */
final class ChartDiff {
  private ChartDiff() {}

  static Optional<String> diff(String name, JsonNode expected, JsonNode actual, boolean ordered) {
    String wantType = expected.path("type").asText();
    String gotType = actual.path("type").asText();
    if (!wantType.equals(gotType)) {
      return Optional.of(T.get("gauntlet.diff.chartType", name, gotType, wantType));
    }
    Map<String, JsonNode> want = byName(expected);
    Map<String, JsonNode> got = byName(actual);
    if (!want.keySet().equals(got.keySet())) {
      return Optional.of(
          T.get("gauntlet.diff.series", name, got.keySet().toString(), want.keySet().toString()));
    }
    for (Map.Entry<String, JsonNode> e : want.entrySet()) {
      Optional<String> d = seriesDiff(name, e.getKey(), e.getValue(), got.get(e.getKey()), ordered);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> seriesDiff(
      String chart, String series, JsonNode want, JsonNode got, boolean ordered) {
    String wantStyle = want.path("style").asText();
    String gotStyle = got.path("style").asText();
    if (!wantStyle.equals(gotStyle)) {
      return Optional.of(T.get("gauntlet.diff.style", chart, series, gotStyle, wantStyle));
    }
    List<JsonNode[]> wantPoints = points(want);
    List<JsonNode[]> gotPoints = points(got);
    if (wantPoints.size() != gotPoints.size()) {
      return Optional.of(
          T.get("gauntlet.diff.points", chart, series, gotPoints.size(), wantPoints.size()));
    }
    if (!ordered) {
      wantPoints.sort(ChartDiff::comparePoints);
      gotPoints.sort(ChartDiff::comparePoints);
    }
    for (int i = 0; i < wantPoints.size(); i++) {
      JsonNode[] w = wantPoints.get(i);
      JsonNode[] g = gotPoints.get(i);
      if (!Cells.equal(w[0], g[0]) || !Cells.equal(w[1], g[1])) {
        Object[] args = {
          chart,
          series,
          i + 1,
          Cells.show(w[0]),
          Cells.show(w[1]),
          Cells.show(g[0]),
          Cells.show(g[1])
        };
        return Optional.of(
            ordered
                ? T.get("gauntlet.diff.point", args)
                : T.get("gauntlet.diff.pointSorted", args));
      }
    }
    return Optional.empty();
  }

  private static int comparePoints(JsonNode[] a, JsonNode[] b) {
    int c = Cells.compare(a[0], b[0]);
    return c != 0 ? c : Cells.compare(a[1], b[1]);
  }

  private static List<JsonNode[]> points(JsonNode series) {
    List<JsonNode[]> out = new ArrayList<>();
    JsonNode x = series.path("x");
    JsonNode y = series.path("y");
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      out.add(new JsonNode[] {x.get(i), y.get(i)});
    }
    return out;
  }

  private static Map<String, JsonNode> byName(JsonNode chart) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    chart.path("series").forEach(s -> out.put(s.path("name").asText(), s));
    return out;
  }
}

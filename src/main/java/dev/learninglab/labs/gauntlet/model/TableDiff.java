package dev.learninglab.labs.gauntlet.model;

import static dev.learninglab.labs.gauntlet.model.GauntletTexts.T;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Compares two tables as the probe describes them: the same column names (in any order), the same
 * kind of type per column (whole number, decimal, text, boolean), then the values, row by row; when
 * the prompt asks for no order, both tables are sorted first.
 */
final class TableDiff {
  private TableDiff() {}

  static Optional<String> diff(String name, JsonNode expected, JsonNode actual, boolean ordered) {
    Map<String, JsonNode> want = byName(expected);
    Map<String, JsonNode> got = byName(actual);
    List<String> missing = want.keySet().stream().filter(c -> !got.containsKey(c)).toList();
    List<String> extra = got.keySet().stream().filter(c -> !want.containsKey(c)).toList();
    if (!missing.isEmpty() || !extra.isEmpty()) {
      return Optional.of(columnMessage(name, missing, extra, got.keySet()));
    }
    for (String c : want.keySet()) {
      String wantKind = kind(want.get(c).path("type").asText());
      String gotKind = kind(got.get(c).path("type").asText());
      if (!wantKind.equals(gotKind)) {
        return Optional.of(
            T.get(
                "gauntlet.diff.columnType",
                name,
                c,
                gotKind,
                got.get(c).path("type").asText(),
                wantKind,
                want.get(c).path("type").asText()));
      }
    }
    int wantRows = expected.path("rows").asInt();
    int gotRows = actual.path("rows").asInt();
    if (wantRows != gotRows) {
      return Optional.of(T.get("gauntlet.diff.rows", name, gotRows, wantRows));
    }
    List<String> columns = new ArrayList<>(want.keySet());
    List<List<JsonNode>> wantTable = rows(want, columns, wantRows);
    List<List<JsonNode>> gotTable = rows(got, columns, gotRows);
    if (!ordered) {
      Comparator<List<JsonNode>> byCells = TableDiff::compareRows;
      wantTable.sort(byCells);
      gotTable.sort(byCells);
    }
    for (int r = 0; r < wantRows; r++) {
      for (int c = 0; c < columns.size(); c++) {
        if (!Cells.equal(wantTable.get(r).get(c), gotTable.get(r).get(c))) {
          return Optional.of(
              rowMessage(name, ordered, r, columns, c, wantTable.get(r), gotTable.get(r)));
        }
      }
    }
    return Optional.empty();
  }

  private static String columnMessage(
      String name, List<String> missing, List<String> extra, java.util.Set<String> have) {
    if (extra.isEmpty()) {
      return T.get(
          "gauntlet.diff.columns.missing", name, missing.size(), quoted(missing), quoted(have));
    }
    if (missing.isEmpty()) {
      return T.get("gauntlet.diff.columns.extra", name, extra.size(), quoted(extra), quoted(have));
    }
    return T.get(
        "gauntlet.diff.columns.both",
        name,
        missing.size(),
        quoted(missing),
        extra.size(),
        quoted(extra),
        quoted(have));
  }

  private static String rowMessage(
      String name,
      boolean ordered,
      int r,
      List<String> columns,
      int c,
      List<JsonNode> want,
      List<JsonNode> got) {
    Object[] args = {
      name,
      r + 1,
      columns.get(c),
      Cells.show(want.get(c)),
      Cells.show(got.get(c)),
      describe(columns, want),
      describe(columns, got)
    };
    return ordered ? T.get("gauntlet.diff.row", args) : T.get("gauntlet.diff.rowSorted", args);
  }

  private static String describe(List<String> columns, List<JsonNode> row) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      parts.add(columns.get(i) + "=" + Cells.show(row.get(i)));
    }
    return String.join(", ", parts);
  }

  private static int compareRows(List<JsonNode> a, List<JsonNode> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = Cells.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static List<List<JsonNode>> rows(
      Map<String, JsonNode> columns, List<String> order, int n) {
    List<List<JsonNode>> rows = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      List<JsonNode> row = new ArrayList<>(order.size());
      for (String c : order) {
        row.add(columns.get(c).path("values").get(r));
      }
      rows.add(row);
    }
    return rows;
  }

  private static Map<String, JsonNode> byName(JsonNode table) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    table.path("columns").forEach(c -> out.put(c.path("name").asText(), c));
    return out;
  }

  static String kind(String tablesawType) {
    return switch (tablesawType) {
      case "SHORT", "INTEGER", "LONG" -> T.get("gauntlet.diff.type.whole");
      case "FLOAT", "DOUBLE" -> T.get("gauntlet.diff.type.decimal");
      case "STRING", "TEXT" -> T.get("gauntlet.diff.type.text");
      case "BOOLEAN" -> T.get("gauntlet.diff.type.boolean");
      default -> tablesawType.toLowerCase();
    };
  }

  private static String quoted(java.util.Collection<String> names) {
    return names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
  }
}

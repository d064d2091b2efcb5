package dev.learninglab.labs.pipeline.model.catalog;

import dev.learninglab.core.io.Json;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A dataset as the view shows it: its kind, a one-line summary, the first rows of a table (or the
 * value as text) and its saved versions.
 */
public record DatasetPreview(
    String name,
    String kind,
    String summary,
    String[] columns,
    Object[][] rows,
    List<String> versions) {

  /**
   * Loads the dataset if it exists; memory datasets and missing files get an explanation instead.
   */
  public static DatasetPreview of(String name, Dataset d, int maxRows) {
    String kind = d.toString();
    if (!d.exists()) {
      String why =
          d.persisted() ? "Not saved yet: run the pipeline." : "Lives in memory during a run only.";
      return new DatasetPreview(name, kind, why, new String[0], new Object[0][], d.versions());
    }
    Object value = d.load();
    if (value instanceof Table t) {
      int n = Math.min(maxRows, t.rowCount());
      Object[][] rows = new Object[n][t.columnCount()];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < t.columnCount(); j++) {
          rows[i][j] = t.column(j).getString(i);
        }
      }
      return new DatasetPreview(
          name,
          kind,
          t.rowCount() + " rows × " + t.columnCount() + " columns; first " + n + " shown",
          t.columnNames().toArray(String[]::new),
          rows,
          d.versions());
    }
    String text = value instanceof String s ? s : value == null ? "null" : Json.write(value);
    return new DatasetPreview(
        name, kind, "", new String[] {"value"}, new Object[][] {{text}}, d.versions());
  }
}

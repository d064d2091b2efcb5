package dev.learninglab.labs.editdistance.view;

import dev.learninglab.labs.editdistance.model.Match;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/**
 * The matcher's rows: package, best match, distance, correct. Long lines are shortened for display.
 */
final class MatchTableModel extends AbstractTableModel {
  private static final String[] COLUMNS = {"Package", "Best match", "Distance", "Correct?"};
  private static final int SHOWN = 80;
  private List<Match> rows = List.of();

  void setRows(List<Match> matches) {
    rows = List.copyOf(matches);
    fireTableDataChanged();
  }

  @Override
  public int getRowCount() {
    return rows.size();
  }

  @Override
  public int getColumnCount() {
    return COLUMNS.length;
  }

  @Override
  public String getColumnName(int column) {
    return COLUMNS[column];
  }

  @Override
  public Class<?> getColumnClass(int column) {
    return switch (column) {
      case 2 -> Long.class;
      case 3 -> Boolean.class;
      default -> String.class;
    };
  }

  @Override
  public Object getValueAt(int row, int column) {
    Match m = rows.get(row);
    return switch (column) {
      case 0 -> shorten(m.pkg());
      case 1 -> shorten(m.best());
      case 2 -> m.distance();
      default -> m.correct();
    };
  }

  /** A ten-megabyte line would freeze the table's text measuring. */
  private static String shorten(String s) {
    return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "… (" + s.length() + " characters)";
  }
}

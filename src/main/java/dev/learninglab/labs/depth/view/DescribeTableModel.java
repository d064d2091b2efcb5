package dev.learninglab.labs.depth.view;

import static dev.learninglab.labs.depth.model.DepthTexts.T;

import dev.learninglab.labs.depth.model.BookSnapshot;
import dev.learninglab.labs.depth.model.Describe;
import dev.learninglab.labs.depth.model.LevelTable;
import dev.learninglab.labs.depth.model.Side;
import java.util.Locale;
import javax.swing.table.AbstractTableModel;

/**
 * {@code df.groupby("side")[column].describe()} for price and quantity: one row per side and
 * column, the eight pandas statistics across.
 */
final class DescribeTableModel extends AbstractTableModel {
  private static final int COLUMNS = 10;
  private final Object[][] cells = new Object[4][COLUMNS];

  void show(BookSnapshot book) {
    LevelTable table = LevelTable.of(book);
    int r = 0;
    for (Side side : Side.values()) {
      fill(r++, side, T.get("depth.col.price"), Describe.of(table.prices(side)));
      fill(r++, side, T.get("depth.col.quantity"), Describe.of(table.quantities(side)));
    }
    fireTableDataChanged();
  }

  private void fill(int row, Side side, String column, Describe d) {
    double[] stats = {d.mean(), d.std(), d.min(), d.q25(), d.median(), d.q75(), d.max()};
    cells[row][0] = side.plural();
    cells[row][1] = column;
    cells[row][2] = d.count();
    for (int i = 0; i < stats.length; i++) {
      cells[row][3 + i] = String.format(Locale.ROOT, "%.6g", stats[i]);
    }
  }

  @Override
  public int getRowCount() {
    return cells.length;
  }

  @Override
  public int getColumnCount() {
    return COLUMNS;
  }

  @Override
  public String getColumnName(int column) {
    // pandas' own names for the quartiles stay as they are
    return switch (column) {
      case 0 -> T.get("depth.col.side");
      case 1 -> T.get("depth.col.column");
      case 2 -> T.get("depth.col.count");
      case 3 -> T.get("depth.col.mean");
      case 4 -> T.get("depth.col.std");
      case 5 -> T.get("depth.col.min");
      case 6 -> "25%";
      case 7 -> "50%";
      case 8 -> "75%";
      default -> T.get("depth.col.max");
    };
  }

  @Override
  public Object getValueAt(int row, int column) {
    return cells[row][column];
  }
}

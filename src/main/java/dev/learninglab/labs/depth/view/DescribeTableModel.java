package dev.learninglab.labs.depth.view;

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
  private static final String[] COLUMNS = {
    "side", "column", "count", "mean", "std", "min", "25%", "50%", "75%", "max"
  };
  private final Object[][] cells = new Object[4][COLUMNS.length];

  void show(BookSnapshot book) {
    LevelTable table = LevelTable.of(book);
    int r = 0;
    for (Side side : Side.values()) {
      fill(r++, side, "price", Describe.of(table.prices(side)));
      fill(r++, side, "quantity", Describe.of(table.quantities(side)));
    }
    fireTableDataChanged();
  }

  private void fill(int row, Side side, String column, Describe d) {
    double[] stats = {d.mean(), d.std(), d.min(), d.q25(), d.median(), d.q75(), d.max()};
    cells[row][0] = side.label() + "s";
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
    return COLUMNS.length;
  }

  @Override
  public String getColumnName(int column) {
    return COLUMNS[column];
  }

  @Override
  public Object getValueAt(int row, int column) {
    return cells[row][column];
  }
}

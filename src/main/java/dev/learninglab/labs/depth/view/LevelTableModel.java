package dev.learninglab.labs.depth.view;

import dev.learninglab.labs.depth.model.BookSnapshot;
import dev.learninglab.labs.depth.model.DepthReport;
import dev.learninglab.labs.depth.model.LevelTable;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/** The tutorial's table (side, price, quantity) for a JTable, replaced whole on each book. */
final class LevelTableModel extends AbstractTableModel {
  private static final String[] COLUMNS = {"side", "price", "quantity"};
  private List<LevelTable.Row> rows = List.of();

  void show(BookSnapshot book) {
    rows = LevelTable.of(book).rows();
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
  public Object getValueAt(int row, int column) {
    LevelTable.Row r = rows.get(row);
    return switch (column) {
      case 0 -> r.side().label() + "s";
      case 1 -> DepthReport.text(r.level().price());
      default -> DepthReport.text(r.level().quantity());
    };
  }
}

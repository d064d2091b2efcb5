package dev.learninglab.labs.curves.view;

import dev.learninglab.labs.curves.model.size.SizePoint;
import java.util.List;
import java.util.Locale;
import javax.swing.table.AbstractTableModel;

/** The measured points as a table: size, test accuracy, training seconds. */
final class SizeTableModel extends AbstractTableModel {
  private static final String[] COLUMNS = {"training images", "test accuracy", "seconds"};
  private List<SizePoint> points = List.of();

  void setPoints(List<SizePoint> points) {
    this.points = List.copyOf(points);
    fireTableDataChanged();
  }

  @Override
  public int getRowCount() {
    return points.size();
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
    SizePoint p = points.get(row);
    return switch (column) {
      case 0 -> p.size();
      case 1 -> String.format(Locale.ROOT, "%.4f", p.accuracy());
      default -> String.format(Locale.ROOT, "%.1f", p.seconds());
    };
  }
}

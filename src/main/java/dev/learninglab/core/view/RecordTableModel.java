package dev.learninglab.core.view;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.swing.table.AbstractTableModel;

/**
 * A read-only table of records whose columns are declared, not switch-cased: each column is a name,
 * a type (for sorting and rendering) and a function from the record to the cell.
 *
 * <pre>{@code
 * var model = new RecordTableModel<>(List.of(
 *     RecordTableModel.column(() -> "size", Integer.class, SizePoint::size),
 *     RecordTableModel.column(() -> "accuracy", p -> "%.4f".formatted(p.accuracy()))));
 * model.setRows(points);
 * }</pre>
 *
 * @param <T> the record shown in each row
 */
public final class RecordTableModel<T> extends AbstractTableModel {

  /**
   * One column: its heading (looked up each time, so a translated heading follows the language),
   * the class of its cells, and how a row yields its cell.
   */
  public record Column<T>(Supplier<String> heading, Class<?> type, Function<? super T, ?> value) {
    public String name() {
      return heading.get();
    }
  }

  private final List<Column<T>> columns;
  private List<T> rows = List.of();

  public RecordTableModel(List<Column<T>> columns) {
    this.columns = List.copyOf(columns);
  }

  /**
   * A column of text cells. Its heading is looked up each time ({@code () -> T.get("lab.col.x")}),
   * so that {@code core.view.Localized} renames it when the learner switches language: there is no
   * way to name a column once, when the table is built.
   */
  public static <T> Column<T> column(Supplier<String> heading, Function<? super T, ?> value) {
    return new Column<>(heading, Object.class, value);
  }

  /** A column whose cells are of {@code type}, so that sorting compares them as such. */
  public static <T> Column<T> column(
      Supplier<String> heading, Class<?> type, Function<? super T, ?> value) {
    return new Column<>(heading, type, value);
  }

  /** Replaces every row. Call on the event thread. */
  public void setRows(List<? extends T> newRows) {
    rows = List.copyOf(newRows);
    fireTableDataChanged();
  }

  public T row(int index) {
    return rows.get(index);
  }

  @Override
  public int getRowCount() {
    return rows.size();
  }

  @Override
  public int getColumnCount() {
    return columns.size();
  }

  @Override
  public String getColumnName(int column) {
    return columns.get(column).name();
  }

  @Override
  public Class<?> getColumnClass(int column) {
    return columns.get(column).type();
  }

  @Override
  public Object getValueAt(int row, int column) {
    return columns.get(column).value().apply(rows.get(row));
  }
}

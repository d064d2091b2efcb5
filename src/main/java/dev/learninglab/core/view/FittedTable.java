package dev.learninglab.core.view;

import java.awt.Component;
import java.awt.Container;
import java.awt.event.MouseEvent;
import javax.swing.JTable;
import javax.swing.JViewport;
import javax.swing.event.TableModelEvent;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;
import javax.swing.table.TableModel;

/**
 * A table whose columns are as wide as what they show, so no header or value is cut to "…": each
 * column gets the width of its header and of its widest cell (at most {@value #MAX_COLUMN} px,
 * never less than its header), refitted whenever the rows change. When the columns fit the view
 * they stretch to fill it; when they do not, the table scrolls sideways instead of squeezing them.
 */
public class FittedTable extends JTable {
  /** The default cap on a column's width: longer values are cut to "…" (widen the column). */
  public static final int MAX_COLUMN = 420;

  private static final int PADDING = 14;
  private int maxColumn = MAX_COLUMN;
  private static final int ROWS_MEASURED = 500;

  public FittedTable() {
    super();
    fitColumns();
    setToolTipText(""); // registers with the tooltip manager, for the cut cells' tooltips
  }

  public FittedTable(TableModel model) {
    super(model);
    fitColumns();
    setToolTipText("");
  }

  @Override
  public void tableChanged(TableModelEvent e) {
    super.tableChanged(e);
    if (getTableHeader() != null) { // null only while JTable's constructor runs
      fitColumns();
    }
  }

  /** Caps every column at {@code px} (never below its header), for tables with many columns. */
  public void setMaxColumnWidth(int px) {
    maxColumn = px;
    fitColumns();
  }

  /** Sets every column's preferred width from its header and its widest cell. */
  public final void fitColumns() {
    for (int col = 0; col < getColumnCount(); col++) {
      TableColumn column = getColumnModel().getColumn(col);
      int header = headerWidth(column) + PADDING;
      int width = header;
      for (int row = 0; row < Math.min(getRowCount(), ROWS_MEASURED); row++) {
        Component c = prepareRenderer(getCellRenderer(row, col), row, col);
        width = Math.max(width, c.getPreferredSize().width + PADDING);
      }
      column.setMinWidth(header);
      column.setPreferredWidth(Math.max(header, Math.min(width, maxColumn)));
    }
    revalidate();
  }

  /** A cell cut to "…" shows its whole value as the tooltip. */
  @Override
  public String getToolTipText(MouseEvent e) {
    int row = rowAtPoint(e.getPoint());
    int col = columnAtPoint(e.getPoint());
    if (row < 0 || col < 0) {
      return super.getToolTipText(e);
    }
    Component c = prepareRenderer(getCellRenderer(row, col), row, col);
    boolean cut = c.getPreferredSize().width > getCellRect(row, col, false).width;
    return cut ? String.valueOf(getValueAt(row, col)) : super.getToolTipText(e);
  }

  @Override
  public boolean getScrollableTracksViewportWidth() {
    return fitsViewport();
  }

  @Override
  public void doLayout() {
    // stretch the columns while they all fit; keep their fitted widths (and scroll) once not
    autoResizeMode = fitsViewport() ? AUTO_RESIZE_SUBSEQUENT_COLUMNS : AUTO_RESIZE_OFF;
    super.doLayout();
  }

  private boolean fitsViewport() {
    Container parent = getParent();
    if (!(parent instanceof JViewport viewport)) {
      return true;
    }
    int needed = 0;
    for (int col = 0; col < getColumnCount(); col++) {
      needed += getColumnModel().getColumn(col).getPreferredWidth();
    }
    return needed <= viewport.getWidth();
  }

  private int headerWidth(TableColumn column) {
    TableCellRenderer r = column.getHeaderRenderer();
    if (r == null) {
      r = getTableHeader().getDefaultRenderer();
    }
    Component c =
        r.getTableCellRendererComponent(this, column.getHeaderValue(), false, false, -1, 0);
    return c.getPreferredSize().width;
  }
}

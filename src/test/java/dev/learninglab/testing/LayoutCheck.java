package dev.learninglab.testing;

import dev.learninglab.core.view.FittedTable;
import dev.learninglab.core.view.WrapLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.CellRendererPane;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JScrollBar;
import javax.swing.JSlider;
import javax.swing.JSpinner;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;

/**
 * Walks a window's components and lists what a learner could not use or read: a control outside the
 * window or cut by its parent, a control squeezed to nothing, a label or button whose text is
 * shortened to "…", a table column narrower than its header or a cell cut to "…", a label wrapped
 * away from its field, an HTML label in a scroll pane that is wider than the pane. Call on the
 * event thread.
 */
public final class LayoutCheck {
  /** Rows of a table whose cells are measured; more would make the check slow on big tables. */
  private static final int ROWS_CHECKED = 200;

  private LayoutCheck() {}

  /** The problems in {@code window}, each naming the component by its text and its place. */
  public static List<String> problems(Window window, Rectangle screen) {
    List<String> out = new ArrayList<>();
    Rectangle bounds = window.getBounds();
    if (!screen.contains(bounds)) {
      out.add(name(window) + " " + str(bounds) + " reaches beyond the screen " + str(screen));
    }
    Container root = window instanceof javax.swing.RootPaneContainer r ? r.getRootPane() : window;
    walk(root, root, out);
    return out;
  }

  private static void walk(Container root, Container parent, List<String> out) {
    for (Component c : parent.getComponents()) {
      if (!c.isShowing() || c instanceof CellRendererPane || isLookAndFeelPart(c)) {
        continue;
      }
      if (isControl(c)) {
        check(root, (JComponent) c, out);
      }
      if (c instanceof JTable table) {
        checkColumns(table, out);
        checkCells(table, out);
      }
      if (c instanceof Container row && row.getLayout() instanceof WrapLayout) {
        checkLabelsBesideFields(row, out);
      }
      if (c instanceof JViewport viewport && viewport.getView() instanceof Container view) {
        checkTextWidth(viewport, view, view, out);
      }
      // the inner parts of composite controls (combo arrows, spinner editors) are theirs to lay out
      if (c instanceof Container inner
          && !(c instanceof JComboBox<?> || c instanceof JSpinner || c instanceof JScrollBar)) {
        walk(root, inner, out);
      }
    }
  }

  private static boolean isControl(Component c) {
    if (c instanceof JLabel l) {
      return hasText(l.getText()) || l.getIcon() != null;
    }
    if (c instanceof AbstractButton b) {
      return hasText(b.getText()) || b.getIcon() != null;
    }
    return c instanceof JComboBox<?>
        || c instanceof JSpinner
        || c instanceof JSlider
        || c instanceof JTextField;
  }

  private static void check(Container root, JComponent c, List<String> out) {
    if (c.getWidth() <= 0 || c.getHeight() <= 0) {
      out.add(name(c) + " is squeezed to " + c.getWidth() + "×" + c.getHeight() + " px");
      return;
    }
    // inside a scroll pane a control may be scrolled out of view; elsewhere it must be whole
    if (SwingUtilities.getAncestorOfClass(JViewport.class, c) == null) {
      Rectangle inRoot = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), root);
      if (!new Rectangle(0, 0, root.getWidth(), root.getHeight()).contains(inRoot)) {
        out.add(
            name(c)
                + " at "
                + str(inRoot)
                + " lies outside the window's "
                + root.getWidth()
                + "×"
                + root.getHeight());
        return;
      }
      Rectangle visible = c.getVisibleRect();
      if (visible.width < c.getWidth() || visible.height < c.getHeight()) {
        out.add(
            name(c)
                + " shows only "
                + visible.width
                + "×"
                + visible.height
                + " of its "
                + c.getWidth()
                + "×"
                + c.getHeight()
                + " px: its parent cuts it off");
        return;
      }
    }
    String text =
        c instanceof JLabel l ? l.getText() : c instanceof AbstractButton b ? b.getText() : null;
    if (hasText(text) && !text.startsWith("<html") && c.getWidth() < c.getPreferredSize().width) {
      out.add(
          name(c)
              + " is "
              + c.getWidth()
              + " px wide but needs "
              + c.getPreferredSize().width
              + ": its text is cut to …");
    }
  }

  private static void checkColumns(JTable table, List<String> out) {
    for (int i = 0; i < table.getColumnCount(); i++) {
      TableColumn column = table.getColumnModel().getColumn(i);
      TableCellRenderer r = column.getHeaderRenderer();
      if (r == null && table.getTableHeader() != null) {
        r = table.getTableHeader().getDefaultRenderer();
      }
      if (r == null) {
        continue;
      }
      int needed =
          r.getTableCellRendererComponent(table, column.getHeaderValue(), false, false, -1, i)
              .getPreferredSize()
              .width;
      if (column.getWidth() < needed) {
        out.add(
            "column `"
                + column.getHeaderValue()
                + "` of the table in "
                + place(table)
                + " is "
                + column.getWidth()
                + " px, its header needs "
                + needed);
      }
    }
  }

  /**
   * A cell value wider than its column is cut to "…"; only a column at the table's cap may cut (it
   * scrolls sideways and shows the whole value as a tooltip).
   */
  private static void checkCells(JTable table, List<String> out) {
    int rows = Math.min(table.getRowCount(), ROWS_CHECKED);
    for (int col = 0; col < table.getColumnCount(); col++) {
      int width = table.getColumnModel().getColumn(col).getWidth();
      if (width >= FittedTable.MAX_COLUMN) {
        continue;
      }
      for (int row = 0; row < rows; row++) {
        Component cell = table.prepareRenderer(table.getCellRenderer(row, col), row, col);
        if (cell.getPreferredSize().width > width) {
          out.add(
              "cell `"
                  + abbreviate(String.valueOf(table.getValueAt(row, col)))
                  + "` of the table in "
                  + place(table)
                  + " needs "
                  + cell.getPreferredSize().width
                  + " px, its column is "
                  + width
                  + ": it is cut to …");
          break;
        }
      }
    }
  }

  /**
   * In a wrapping toolbar a label names the field after it: when the row wraps between the two, the
   * label ends one row and its field starts the next. Group each label with its field.
   */
  private static void checkLabelsBesideFields(Container row, List<String> out) {
    Component previous = null;
    for (Component c : row.getComponents()) {
      if (!c.isVisible()) {
        continue;
      }
      if (previous instanceof JLabel label
          && hasText(label.getText())
          && isField(c)
          && c.getY() >= label.getY() + label.getHeight()) {
        out.add(name(label) + " wrapped onto another row than the field after it");
      }
      previous = c;
    }
  }

  private static boolean isField(Component c) {
    return c instanceof JTextField
        || c instanceof JComboBox<?>
        || c instanceof JSpinner
        || c instanceof JSlider
        || c instanceof javax.swing.JCheckBox;
  }

  /**
   * An HTML label (an explanation, a derivation) wider than the scroll pane it sits in makes the
   * learner scroll sideways to read each line: lines must be broken to fit.
   */
  private static void checkTextWidth(
      JViewport viewport, Container view, Container parent, List<String> out) {
    for (Component c : parent.getComponents()) {
      if (c instanceof JLabel l && hasText(l.getText()) && l.getText().startsWith("<html")) {
        Rectangle inView = SwingUtilities.convertRectangle(parent, l.getBounds(), view);
        if (inView.x + l.getPreferredSize().width > viewport.getWidth()) {
          out.add(
              name(l)
                  + " needs "
                  + (inView.x + l.getPreferredSize().width)
                  + " px but its scroll pane shows "
                  + viewport.getWidth()
                  + ": break its lines so it reads without scrolling sideways");
        }
      } else if (c instanceof Container inner) {
        checkTextWidth(viewport, view, inner, out);
      }
    }
  }

  /** Components the Look and Feel adds itself (tab scroll arrows and the like). */
  private static boolean isLookAndFeelPart(Component c) {
    String n = c.getClass().getName();
    return n.startsWith("com.formdev.flatlaf.") || n.startsWith("javax.swing.plaf.");
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }

  private static String name(Component c) {
    String text =
        c instanceof JLabel l
            ? l.getText()
            : c instanceof AbstractButton b ? b.getText() : c.getName();
    String shown = text == null ? "" : " `" + abbreviate(text) + "`";
    return c.getClass().getSimpleName() + shown + " in " + place(c);
  }

  /** The tab titles above a component: where in the window a learner would find it. */
  private static String place(Component c) {
    List<String> path = new ArrayList<>();
    Component child = c;
    for (Container p = c.getParent(); p != null; child = p, p = p.getParent()) {
      if (p instanceof JTabbedPane tabs) {
        int i = tabs.indexOfComponent(child);
        if (i >= 0) {
          path.add(0, tabs.getTitleAt(i).strip());
        }
      }
      if (p instanceof Window w) {
        path.add(0, w instanceof java.awt.Dialog d ? d.getTitle() : "window");
      }
    }
    return String.join(" ▸ ", path);
  }

  private static String abbreviate(String s) {
    String plain = s.replaceAll("<[^>]*>", "").strip();
    return plain.length() > 60 ? plain.substring(0, 57) + "..." : plain;
  }

  private static String str(Rectangle r) {
    return r.x + "," + r.y + " " + r.width + "×" + r.height;
  }
}

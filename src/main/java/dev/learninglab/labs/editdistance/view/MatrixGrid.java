package dev.learninglab.labs.editdistance.view;

import dev.learninglab.core.chart.ChartStyle;
import dev.learninglab.labs.editdistance.model.DpMatrix;
import dev.learninglab.labs.editdistance.model.EditStep;
import dev.learninglab.labs.editdistance.model.Op;
import dev.learninglab.labs.editdistance.model.StepCursor;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JViewport;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import javax.swing.UIManager;

/**
 * The cost matrix drawn as a grid with {@code #} headers: filled cells show their cost, the current
 * cell and its three neighbours are tinted (the one the cost came from darker), and once every cell
 * is filled the backtrace is drawn: a ring round each digit on the path and a line from ring to
 * ring, so the line never runs through a digit.
 */
final class MatrixGrid extends JComponent implements Scrollable {
  private static final int CELL = 40; // the smallest cell; larger when the room allows
  private static final int MAX_CELL = 96; // large screens: cells grow, but stay a grid to read
  private static final Color CURRENT = new Color(255, 193, 7, 170);
  private static final Color NEIGHBOUR = new Color(33, 150, 243, 60);
  private static final Color SOURCE_OF_COST = new Color(33, 150, 243, 150);
  private static final Color PATH = new Color(76, 175, 80, 110);
  private static final Color PATH_LINE = new Color(46, 125, 50);
  private static final Color PATH_LINE_DARK = new Color(129, 199, 132); // reads on a dark panel
  private static final double RING = 0.36; // radius of the ring round a path digit, in cells
  private static final Color SELECTED = new Color(211, 47, 47);

  private DpMatrix matrix;
  private StepCursor cursor;
  private List<EditStep> path = List.of();
  private EditStep selected;

  MatrixGrid() {
    setFocusable(true);
    setName("matrixGrid");
    // the step keys act on the focused grid, so a click on it gives them back after typing
    addMouseListener(
        new MouseAdapter() {
          @Override
          public void mousePressed(MouseEvent e) {
            requestFocusInWindow();
          }
        });
  }

  void show(DpMatrix matrix, StepCursor cursor, List<EditStep> path) {
    this.matrix = matrix;
    this.cursor = cursor;
    this.path = path;
    this.selected = null;
    revalidate();
    repaint();
  }

  void select(EditStep step) {
    selected = step;
    repaint();
  }

  /** The script step outlined on the grid, or null. */
  EditStep selected() {
    return selected;
  }

  /** The cell size: as large as the room allows (so a short pair fills the view), within limits. */
  private int cell() {
    if (matrix == null || getWidth() == 0) {
      return CELL;
    }
    int fit =
        Math.min((getWidth() - 2) / (matrix.cols() + 1), (getHeight() - 2) / (matrix.rows() + 1));
    return Math.max(CELL, Math.min(MAX_CELL, fit));
  }

  @Override
  public Dimension getPreferredScrollableViewportSize() {
    return getPreferredSize();
  }

  @Override
  public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
    return CELL / 2;
  }

  @Override
  public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
    return orientation == SwingConstants.VERTICAL ? visible.height : visible.width;
  }

  /** Fills the view while the smallest cells fit it; scrolls once they do not. */
  @Override
  public boolean getScrollableTracksViewportWidth() {
    return getParent() instanceof JViewport v && v.getWidth() >= getPreferredSize().width;
  }

  @Override
  public boolean getScrollableTracksViewportHeight() {
    return getParent() instanceof JViewport v && v.getHeight() >= getPreferredSize().height;
  }

  @Override
  public Dimension getPreferredSize() {
    if (matrix == null) {
      return new Dimension(CELL * 4, CELL * 4);
    }
    return new Dimension((matrix.cols() + 1) * CELL + 2, (matrix.rows() + 1) * CELL + 2);
  }

  @Override
  protected void paintComponent(Graphics g0) {
    if (matrix == null) {
      return;
    }
    Graphics2D g = (Graphics2D) g0.create();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    Color fg = UIManager.getColor("Label.foreground");
    Color grid = UIManager.getColor("Separator.foreground");
    g.setColor(UIManager.getColor("Panel.background"));
    g.fillRect(0, 0, getWidth(), getHeight());
    paintTints(g);
    g.setColor(grid == null ? Color.GRAY : grid);
    for (int r = 0; r <= matrix.rows(); r++) {
      g.drawLine(cell(), (r + 1) * cell(), (matrix.cols() + 1) * cell(), (r + 1) * cell());
    }
    for (int c = 0; c <= matrix.cols(); c++) {
      g.drawLine((c + 1) * cell(), cell(), (c + 1) * cell(), (matrix.rows() + 1) * cell());
    }
    g.setColor(fg);
    Font base = (getFont() != null ? getFont() : g.getFont()).deriveFont(15f * cell() / CELL);
    g.setFont(base.deriveFont(Font.BOLD));
    centre(g, "#", 0, 1);
    centre(g, "#", 1, 0);
    for (int c = 1; c < matrix.cols(); c++) {
      centre(g, matrix.targetChar(c), 0, c + 1);
    }
    for (int r = 1; r < matrix.rows(); r++) {
      centre(g, matrix.sourceChar(r), r + 1, 0);
    }
    if (cursor.complete()) {
      paintPath(g);
    }
    g.setColor(fg);
    g.setFont(base);
    for (int r = 0; r < matrix.rows(); r++) {
      for (int c = 0; c < matrix.cols(); c++) {
        if (cursor.isFilled(r, c)) {
          centre(g, Long.toString(matrix.cost(r, c)), r + 1, c + 1);
        }
      }
    }
    paintSelection(g);
    g.dispose();
  }

  private void paintTints(Graphics2D g) {
    if (cursor.complete()) {
      g.setColor(PATH);
      fill(g, 0, 0);
      for (EditStep s : path) {
        fill(g, s.endRow(), s.endCol());
      }
      return;
    }
    int r = cursor.currentRow();
    int c = cursor.currentCol();
    if (r < 0) {
      return;
    }
    Op op = matrix.cell(r, c).op();
    tint(g, r, c - 1, op == Op.INSERT);
    tint(g, r - 1, c, op == Op.DELETE);
    tint(g, r - 1, c - 1, op == Op.KEEP || op == Op.SUBSTITUTE);
    g.setColor(CURRENT);
    fill(g, r, c);
  }

  private void tint(Graphics2D g, int r, int c, boolean chosen) {
    if (r >= 0 && c >= 0) {
      g.setColor(chosen ? SOURCE_OF_COST : NEIGHBOUR);
      fill(g, r, c);
    }
  }

  private void paintPath(Graphics2D g) {
    g.setColor(ChartStyle.dark() ? PATH_LINE_DARK : PATH_LINE);
    g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    double radius = RING * cell();
    int pr = 0;
    int pc = 0;
    ring(g, pr, pc, radius);
    for (EditStep s : path) {
      int r = s.endRow();
      int c = s.endCol();
      // from the edge of one ring to the edge of the next
      double dx = centreX(c) - centreX(pc);
      double dy = centreY(r) - centreY(pr);
      double length = Math.hypot(dx, dy);
      if (length > 2 * radius) {
        double ux = dx / length * radius;
        double uy = dy / length * radius;
        g.draw(
            new Line2D.Double(
                centreX(pc) + ux, centreY(pr) + uy, centreX(c) - ux, centreY(r) - uy));
      }
      ring(g, r, c, radius);
      pr = r;
      pc = c;
    }
  }

  private void ring(Graphics2D g, int r, int c, double radius) {
    g.draw(new Ellipse2D.Double(centreX(c) - radius, centreY(r) - radius, 2 * radius, 2 * radius));
  }

  private void paintSelection(Graphics2D g) {
    if (selected != null && cursor.complete()) {
      g.setColor(SELECTED);
      g.setStroke(new BasicStroke(3f));
      g.drawRect(
          (selected.endCol() + 1) * cell() + 2,
          (selected.endRow() + 1) * cell() + 2,
          cell() - 4,
          cell() - 4);
    }
  }

  private void fill(Graphics2D g, int r, int c) {
    g.fillRect((c + 1) * cell(), (r + 1) * cell(), cell(), cell());
  }

  private int centreX(int c) {
    return (c + 1) * cell() + cell() / 2;
  }

  private int centreY(int r) {
    return (r + 1) * cell() + cell() / 2;
  }

  /** Draws text centred in grid position (gridRow, gridCol); headers are row/column 0. */
  private void centre(Graphics2D g, String text, int gridRow, int gridCol) {
    FontMetrics fm = g.getFontMetrics();
    int x = gridCol * cell() + (cell() - fm.stringWidth(text)) / 2;
    int y = gridRow * cell() + (cell() + fm.getAscent() - fm.getDescent()) / 2;
    g.drawString(text, x, y);
  }
}

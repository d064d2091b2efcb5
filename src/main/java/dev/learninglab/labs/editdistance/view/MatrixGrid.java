package dev.learninglab.labs.editdistance.view;

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
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * The cost matrix drawn as a grid with {@code #} headers: filled cells show their cost, the current
 * cell and its three neighbours are tinted (the one the cost came from darker), and once every cell
 * is filled the backtrace path is drawn over the grid.
 */
final class MatrixGrid extends JComponent {
  private static final int CELL = 40;
  private static final Color CURRENT = new Color(255, 193, 7, 170);
  private static final Color NEIGHBOUR = new Color(33, 150, 243, 60);
  private static final Color SOURCE_OF_COST = new Color(33, 150, 243, 150);
  private static final Color PATH = new Color(76, 175, 80, 110);
  private static final Color PATH_LINE = new Color(46, 125, 50);
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
      g.drawLine(CELL, (r + 1) * CELL, (matrix.cols() + 1) * CELL, (r + 1) * CELL);
    }
    for (int c = 0; c <= matrix.cols(); c++) {
      g.drawLine((c + 1) * CELL, CELL, (c + 1) * CELL, (matrix.rows() + 1) * CELL);
    }
    g.setColor(fg);
    Font base = (getFont() != null ? getFont() : g.getFont()).deriveFont(15f);
    g.setFont(base.deriveFont(Font.BOLD));
    centre(g, "#", 0, 1);
    centre(g, "#", 1, 0);
    for (int c = 1; c < matrix.cols(); c++) {
      centre(g, matrix.targetChar(c), 0, c + 1);
    }
    for (int r = 1; r < matrix.rows(); r++) {
      centre(g, matrix.sourceChar(r), r + 1, 0);
    }
    g.setFont(base);
    for (int r = 0; r < matrix.rows(); r++) {
      for (int c = 0; c < matrix.cols(); c++) {
        if (cursor.isFilled(r, c)) {
          centre(g, Long.toString(matrix.cost(r, c)), r + 1, c + 1);
        }
      }
    }
    if (cursor.complete()) {
      paintPath(g);
    }
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
    g.setColor(PATH_LINE);
    g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    int pr = 0;
    int pc = 0;
    for (EditStep s : path) {
      g.drawLine(centreX(pc), centreY(pr), centreX(s.endCol()), centreY(s.endRow()));
      pr = s.endRow();
      pc = s.endCol();
    }
    if (selected != null) {
      g.setColor(SELECTED);
      g.setStroke(new BasicStroke(3f));
      g.drawRect(
          (selected.endCol() + 1) * CELL + 2,
          (selected.endRow() + 1) * CELL + 2,
          CELL - 4,
          CELL - 4);
    }
  }

  private static void fill(Graphics2D g, int r, int c) {
    g.fillRect((c + 1) * CELL, (r + 1) * CELL, CELL, CELL);
  }

  private static int centreX(int c) {
    return (c + 1) * CELL + CELL / 2;
  }

  private static int centreY(int r) {
    return (r + 1) * CELL + CELL / 2;
  }

  /** Draws text centred in grid position (gridRow, gridCol); headers are row/column 0. */
  private static void centre(Graphics2D g, String text, int gridRow, int gridCol) {
    FontMetrics fm = g.getFontMetrics();
    int x = gridCol * CELL + (CELL - fm.stringWidth(text)) / 2;
    int y = gridRow * CELL + (CELL + fm.getAscent() - fm.getDescent()) / 2;
    g.drawString(text, x, y);
  }
}

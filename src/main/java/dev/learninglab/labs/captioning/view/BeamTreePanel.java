package dev.learninglab.labs.captioning.view;

import static dev.learninglab.labs.captioning.model.CaptioningTexts.T;

import dev.learninglab.labs.captioning.model.BeamTree;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * The beam as a small tree: one column per step, the hypotheses kept after that step best first
 * (word and summed log-probability), a line to each one's parent, the path of the returned caption
 * drawn in the accent colour and finished hypotheses that are carried on in grey. Only the first
 * {@code revealed} steps are drawn, so stepping through reveals the search.
 */
final class BeamTreePanel extends JComponent {

  private static final int COLUMN = 104;
  private static final int ROW = 38;
  private static final int MARGIN = 8;

  private BeamTree tree;
  private int revealed;
  private String empty = T.get("captioning.beam.empty");

  /** Shows {@code tree} (null: {@code message} instead) with its first {@code steps} steps. */
  void show(BeamTree tree, int steps, String message) {
    this.tree = tree;
    this.revealed = tree == null ? 0 : Math.min(steps, tree.steps().size());
    this.empty = message;
    revalidate();
    repaint();
  }

  /** Where step {@code t}'s column starts at the current size (for tests). */
  int columnX(int t) {
    return MARGIN + t * column();
  }

  /**
   * A column's width: stretched to fill the panel (never below the minimum), set by the whole
   * search so that columns keep their places while it is revealed step by step; rows stretch alike.
   */
  private int column() {
    int steps = tree == null ? 1 : Math.max(1, tree.steps().size());
    return Math.max(COLUMN, (getWidth() - 2 * MARGIN) / steps);
  }

  /** Steps drawn (for tests). */
  int revealedSteps() {
    return revealed;
  }

  @Override
  public Dimension getPreferredSize() {
    if (tree == null) {
      return new Dimension(320, 2 * ROW);
    }
    return new Dimension(
        2 * MARGIN + Math.max(1, revealed) * COLUMN, 2 * MARGIN + tree.width() * ROW + ROW / 2);
  }

  @Override
  protected void paintComponent(Graphics graphics) {
    Graphics2D g = (Graphics2D) graphics.create();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    Color text = colour("Label.foreground", Color.DARK_GRAY);
    Color muted = colour("Label.disabledForeground", Color.GRAY);
    Color accent = colour("Component.accentColor", colour("textHighlight", Color.BLUE));
    g.setFont(getFont());
    FontMetrics fm = g.getFontMetrics();
    if (tree == null || revealed == 0) {
      g.setColor(muted);
      g.drawString(empty, MARGIN, MARGIN + fm.getAscent());
      g.dispose();
      return;
    }
    int width = column();
    int row = Math.max(ROW, (getHeight() - 2 * MARGIN - ROW / 2) / Math.max(1, tree.width()));
    int[] best = tree.bestPath();
    boolean complete = revealed == tree.steps().size();
    for (int t = 0; t < revealed; t++) {
      List<BeamTree.Node> kept = tree.steps().get(t);
      for (int i = 0; i < kept.size(); i++) {
        BeamTree.Node n = kept.get(i);
        boolean onPath = complete && best[t] == i;
        int x = MARGIN + t * width;
        int y = MARGIN + i * row;
        if (t > 0 && n.parent() >= 0) {
          g.setColor(onPath ? accent : muted);
          g.setStroke(new BasicStroke(onPath ? 2f : 1f));
          int py = MARGIN + n.parent() * row + fm.getAscent() / 2 + 2;
          g.drawLine(x - 24, py, x - 2, y + fm.getAscent() / 2 + 2);
        }
        g.setColor(n.carried() ? muted : onPath ? accent : text);
        g.setFont(onPath ? getFont().deriveFont(Font.BOLD) : getFont());
        g.drawString(
            fit(n.carried() ? T.get("captioning.beam.done") : n.word(), g.getFontMetrics(), width),
            x,
            y + fm.getAscent());
        g.setFont(getFont().deriveFont(getFont().getSize2D() * 0.85f));
        g.setColor(muted);
        g.drawString("%.2f".formatted(n.logProb()), x, y + fm.getAscent() + fm.getHeight() - 2);
        g.setFont(getFont());
      }
    }
    g.dispose();
  }

  /** Cuts a word to the column's width (beam words are short; this keeps a long one tidy). */
  private static String fit(String word, FontMetrics fm, int column) {
    String s = word;
    while (s.length() > 1 && fm.stringWidth(s) > column - 28) {
      s = s.substring(0, s.length() - 1);
    }
    return s.equals(word) ? s : s + "…";
  }

  private static Color colour(String key, Color fallback) {
    Color c = UIManager.getColor(key);
    return c == null ? fallback : c;
  }
}

package dev.learninglab.labs.iin.view;

import static dev.learninglab.labs.iin.model.IinTexts.T;

import dev.learninglab.core.view.Localized;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * Points of the plane drawn in a fixed square [−4, 4]², so that a learner moving through the layers
 * of a flow sees the cloud change shape, not the axes.
 */
final class PointsChart extends JComponent {
  private static final double EXTENT = 4;
  private float[] xy = new float[0];
  private Supplier<String> title = () -> T.get("iin.plane.points.empty");

  PointsChart() {
    setPreferredSize(new Dimension(220, 220));
    setMinimumSize(new Dimension(120, 120));
    Localized.whenChanged(this, "title", this::repaint);
  }

  void show(float[] points, Supplier<String> caption) {
    xy = points;
    title = caption;
    repaint();
  }

  @Override
  protected void paintComponent(Graphics graphics) {
    Graphics2D g = (Graphics2D) graphics.create();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    int line = g.getFontMetrics().getHeight();
    int side = Math.max(10, Math.min(getWidth(), getHeight() - line - 4));
    int left = (getWidth() - side) / 2;
    int top = line + 4;
    Color fg = UIManager.getColor("Label.foreground");
    g.setColor(fg);
    g.drawString(title.get(), left, line - 2);
    g.setColor(UIManager.getColor("Separator.foreground"));
    g.drawRect(left, top, side - 1, side - 1);
    g.drawLine(left + side / 2, top, left + side / 2, top + side - 1);
    g.drawLine(left, top + side / 2, left + side - 1, top + side / 2);
    g.setColor(new Color(0x1f77b4));
    for (int i = 0; i + 1 < xy.length; i += 2) {
      double px = left + (xy[i] + EXTENT) / (2 * EXTENT) * side;
      double py = top + (EXTENT - xy[i + 1]) / (2 * EXTENT) * side;
      if (px >= left && px < left + side && py >= top && py < top + side) {
        g.fillOval((int) px - 1, (int) py - 1, 3, 3);
      }
    }
    g.dispose();
  }
}

package dev.learninglab.labs.naivebayes.view;

import dev.learninglab.core.chart.ChartStyle;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;

/** Draws the plot's frame, ticks and the two feature names. */
final class Axes {
  private final Graphics2D g;
  private final PlotFrame f;

  Axes(Graphics2D g, PlotFrame f) {
    this.g = g;
    this.f = f;
  }

  void draw(String[] names) {
    Rectangle a = f.area();
    g.setColor(ChartStyle.colour("Label.foreground", Color.DARK_GRAY));
    g.drawRect(a.x, a.y, a.width, a.height);
    FontMetrics fm = g.getFontMetrics();
    for (double t : PlotFrame.ticks(f.xMin(), f.xMax(), 8)) {
      int x = f.px(t);
      g.drawLine(x, a.y + a.height, x, a.y + a.height + 4);
      String s = label(t);
      g.drawString(s, x - fm.stringWidth(s) / 2, a.y + a.height + 6 + fm.getAscent());
    }
    for (double t : PlotFrame.ticks(f.yMin(), f.yMax(), 8)) {
      int y = f.py(t);
      g.drawLine(a.x - 4, y, a.x, y);
      String s = label(t);
      g.drawString(s, a.x - 6 - fm.stringWidth(s), y + fm.getAscent() / 2 - 1);
    }
    g.drawString(
        names[0],
        a.x + a.width / 2 - fm.stringWidth(names[0]) / 2,
        a.y + a.height + 8 + 2 * fm.getHeight());
    Graphics2D rotated = (Graphics2D) g.create();
    rotated.rotate(-Math.PI / 2);
    rotated.drawString(names[1], -(a.y + a.height / 2 + fm.stringWidth(names[1]) / 2), 14);
    rotated.dispose();
  }

  private static String label(double t) {
    return Math.abs(t - Math.rint(t)) < 1e-9 ? Long.toString(Math.round(t)) : RegionPlot.format(t);
  }
}

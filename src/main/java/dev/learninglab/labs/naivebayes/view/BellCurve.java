package dev.learninglab.labs.naivebayes.view;

import dev.learninglab.labs.naivebayes.model.NormalDensity;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import javax.swing.JComponent;

/**
 * A small plot of one normal density N(mean, std²) over mean ± 4 std, with a marker where the
 * explained point lies (an arrow at the edge when it lies outside the drawn range).
 */
final class BellCurve extends JComponent {
  private final double mean;
  private final double std;
  private final double x;
  private final Color color;

  BellCurve(double mean, double std, double x, Color color) {
    this.mean = mean;
    this.std = std;
    this.x = x;
    this.color = color;
    setPreferredSize(new Dimension(150, 56));
    setToolTipText(String.format("N(x; %.4g, %.4g²) at x = %.4g", mean, std, x));
  }

  @Override
  protected void paintComponent(Graphics graphics) {
    Graphics2D g = (Graphics2D) graphics.create();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    int w = getWidth();
    int h = getHeight() - 4;
    double lo = mean - 4 * std;
    double hi = mean + 4 * std;
    double peak = NormalDensity.pdf(mean, mean, std);
    Path2D.Double curve = new Path2D.Double();
    for (int px = 0; px <= w; px++) {
      double v = lo + (hi - lo) * px / w;
      double py = h - NormalDensity.pdf(v, mean, std) / peak * (h - 6);
      if (px == 0) {
        curve.moveTo(px, py);
      } else {
        curve.lineTo(px, py);
      }
    }
    g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 60));
    Path2D.Double area = new Path2D.Double(curve);
    area.lineTo(w, h);
    area.lineTo(0, h);
    area.closePath();
    g.fill(area);
    g.setColor(color);
    g.setStroke(new BasicStroke(1.5f));
    g.draw(curve);
    g.setColor(Color.GRAY);
    g.drawLine(0, h, w, h);
    g.setColor(getForeground());
    g.setStroke(new BasicStroke(2f));
    if (x >= lo && x <= hi) {
      int px = (int) Math.round((x - lo) / (hi - lo) * w);
      int py = (int) Math.round(h - NormalDensity.pdf(x, mean, std) / peak * (h - 6));
      g.drawLine(px, h, px, py);
      g.fillOval(px - 3, py - 3, 6, 6);
    } else {
      // far outside: an arrow on the side where the point lies
      int px = x < lo ? 2 : w - 3;
      int dir = x < lo ? 1 : -1;
      g.drawLine(px, h / 2, px + dir * 10, h / 2 - 5);
      g.drawLine(px, h / 2, px + dir * 10, h / 2 + 5);
    }
    g.dispose();
  }
}

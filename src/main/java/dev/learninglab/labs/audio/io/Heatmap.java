package dev.learninglab.labs.audio.io;

import dev.learninglab.labs.audio.model.FrameMatrix;
import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * Paints a feature array as librosa's {@code specshow} does: time (s) across, rows up the side on a
 * {@link RowAxis}, a colour bar with the unit. Plain Java2D, so the CLI can write the same picture
 * as a PNG.
 */
public final class Heatmap {
  public static final int LEFT = 64;
  public static final int RIGHT = 78;
  static final int TOP = 24;
  static final int BOTTOM = 38;

  public final FrameMatrix values;
  final RowAxis rows;
  final double xStep;
  final String xTitle;
  final double low;
  final double high;
  public final String unit;
  final Colormap colormap;
  public final String title;
  private BufferedImage cached;

  public Heatmap(
      FrameMatrix values,
      RowAxis rows,
      double xStep,
      String xTitle,
      double low,
      double high,
      String unit,
      Colormap colormap,
      String title) {
    this.values = values;
    this.rows = rows;
    this.xStep = xStep;
    this.xTitle = xTitle;
    this.low = low;
    this.high = high > low ? high : low + 1;
    this.unit = unit;
    this.colormap = colormap;
    this.title = title;
  }

  /** The area the image takes inside {@code bounds}. */
  public static Rectangle plotArea(Rectangle bounds) {
    return new Rectangle(
        bounds.x + LEFT,
        bounds.y + TOP,
        Math.max(1, bounds.width - LEFT - RIGHT),
        Math.max(1, bounds.height - TOP - BOTTOM));
  }

  /** Frame and row under a point of the plot area, or null outside. */
  public int[] cellAt(Rectangle bounds, Point p) {
    Rectangle a = plotArea(bounds);
    if (!a.contains(p) || values.frames() == 0) {
      return null;
    }
    int frame =
        Math.min(values.frames() - 1, (int) ((p.x - a.x) / (double) a.width * values.frames()));
    int row = rows.rowAt(1 - (p.y - a.y + 0.5) / a.height);
    return new int[] {frame, row};
  }

  /** x pixel of a position on the x axis (seconds for time plots), for the playback cursor. */
  public int xOf(Rectangle bounds, double seconds) {
    Rectangle a = plotArea(bounds);
    double total = values.frames() * xStep;
    return a.x + (int) Math.round(total <= 0 ? 0 : seconds / total * a.width);
  }

  public void paint(Graphics2D g, Rectangle bounds, ChartStyle style) {
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setFont(style.font().deriveFont(11f));
    Rectangle a = plotArea(bounds);
    g.drawImage(image(a.width, a.height), a.x, a.y, null);
    g.setColor(style.foreground());
    g.drawRect(a.x, a.y, a.width, a.height);
    FontMetrics fm = g.getFontMetrics();
    g.drawString(title, a.x, bounds.y + TOP - 7);
    for (RowAxis.Tick t : rows.ticks()) {
      int y = a.y + a.height - (int) Math.round(t.fraction() * a.height);
      g.drawLine(a.x - 4, y, a.x, y);
      g.drawString(t.label(), a.x - 6 - fm.stringWidth(t.label()), y + fm.getAscent() / 2 - 1);
    }
    drawRotated(g, rows.title(), bounds.x + 12, a.y + a.height / 2);
    double total = values.frames() * xStep;
    double step = niceStep(total / 6);
    for (double s = 0; s <= total + 1e-9 && step > 0; s += step) {
      int x = a.x + (int) Math.round(s / total * a.width);
      g.drawLine(x, a.y + a.height, x, a.y + a.height + 4);
      String label =
          step >= 1
              ? RowAxis.hzLabel(s)
              : String.format(Locale.ROOT, step < 0.1 ? "%.2f" : "%.1f", s);
      g.drawString(label, x - fm.stringWidth(label) / 2, a.y + a.height + 4 + fm.getAscent());
    }
    g.drawString(
        xTitle, a.x + a.width - fm.stringWidth(xTitle), a.y + a.height + 6 + 2 * fm.getAscent());
    paintColourBar(g, new Rectangle(a.x + a.width + 12, a.y, 12, a.height), style, fm);
  }

  private void paintColourBar(Graphics2D g, Rectangle bar, ChartStyle style, FontMetrics fm) {
    for (int y = 0; y < bar.height; y++) {
      g.setColor(colormap.color(1 - y / (double) Math.max(1, bar.height - 1)));
      g.drawLine(bar.x, bar.y + y, bar.x + bar.width, bar.y + y);
    }
    g.setColor(style.foreground());
    g.setStroke(new BasicStroke(1f));
    g.drawRect(bar.x, bar.y, bar.width, bar.height);
    for (int i = 0; i <= 4; i++) {
      double v = high - i * (high - low) / 4;
      int y = bar.y + (int) Math.round(i * bar.height / 4.0);
      g.drawString(format(v), bar.x + bar.width + 4, y + fm.getAscent() / 2 - 1);
    }
    g.drawString(unit, bar.x, bar.y - 7);
  }

  private static String format(double v) {
    return Math.abs(v) >= 10 || v == 0
        ? String.format(Locale.ROOT, "%.0f", v)
        : String.format(Locale.ROOT, "%.2f", v);
  }

  private BufferedImage image(int w, int h) {
    if (cached != null && cached.getWidth() == w && cached.getHeight() == h) {
      return cached;
    }
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    int frames = values.frames();
    int[] rowOfY = new int[h];
    for (int y = 0; y < h; y++) {
      rowOfY[y] = rows.rowAt(1 - (y + 0.5) / h);
    }
    for (int x = 0; x < w; x++) {
      int t = frames == 0 ? 0 : Math.min(frames - 1, (int) ((x + 0.5) / w * frames));
      for (int y = 0; y < h; y++) {
        double v = frames == 0 ? low : values.get(rowOfY[y], t);
        img.setRGB(x, y, colormap.rgb((v - low) / (high - low)));
      }
    }
    cached = img;
    return img;
  }

  private static void drawRotated(Graphics2D g, String text, int x, int y) {
    AffineTransform saved = g.getTransform();
    g.rotate(-Math.PI / 2, x, y);
    g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, y);
    g.setTransform(saved);
  }

  static double niceStep(double raw) {
    if (!(raw > 0)) {
      return 0;
    }
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * p >= raw) {
        return m * p;
      }
    }
    return 10 * p;
  }

  /** The whole picture as an image, for PNG export. */
  public BufferedImage render(int width, int height, ChartStyle style) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(style.background());
    g.fillRect(0, 0, width, height);
    paint(g, new Rectangle(0, 0, width, height), style);
    g.dispose();
    return img;
  }
}

package dev.learninglab.labs.depth.io;

import static dev.learninglab.labs.depth.model.DepthTexts.T;

import dev.learninglab.labs.depth.model.BookSnapshot;
import dev.learninglab.labs.depth.model.DepthReadout;
import dev.learninglab.labs.depth.model.DepthReport;
import dev.learninglab.labs.depth.model.MarketFill;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Optional;

/**
 * Paints a depth chart onto any {@link Graphics2D}: stepped bid (green) and ask (red) areas within
 * the band around the mid, axes, the mid line, the fill calculator's markers and, when given, the
 * hover crosshair with its readout. Used by the Swing panel and, headless, by the CLI's PNG export.
 */
public final class DepthChartPainter {
  public static final Color BID = new Color(0x16a34a);
  public static final Color ASK = new Color(0xdc2626);
  private static final Color GRID = new Color(128, 128, 128, 50);
  private final Color background;
  private final Color foreground;
  private final AssetPair units; // null: the pair is not known (simulated book, a file)

  public DepthChartPainter(Color background, Color foreground) {
    this(background, foreground, null);
  }

  public DepthChartPainter(Color background, Color foreground, AssetPair units) {
    this.background = background;
    this.foreground = foreground;
    this.units = units;
  }

  /** A PNG-ready picture of the chart, white background, no crosshair. */
  public static BufferedImage image(
      BookSnapshot book, ChartSettings settings, String title, int width, int height) {
    DepthSeries series = new DepthSeries(book);
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    new DepthChartPainter(Color.WHITE, Color.DARK_GRAY)
        .paint(g, width, height, series, settings, title);
    g.dispose();
    return img;
  }

  /** Paints the chart itself: everything but the crosshair. */
  public void paint(
      Graphics2D g,
      int width,
      int height,
      DepthSeries series,
      ChartSettings settings,
      String title) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(background);
    g.fillRect(0, 0, width, height);
    g.setFont(g.getFont().deriveFont(Font.PLAIN, 12f));
    g.setColor(foreground);
    g.drawString(title, ChartFrame.LEFT, 20);
    if (!series.drawable()) {
      g.drawString(T.get("depth.chart.undrawable"), ChartFrame.LEFT, height / 2);
      return;
    }
    ChartFrame f = new ChartFrame(width, height, series, settings);
    axes(g, f, settings);
    boolean q = settings.quoteValue();
    area(g, f, series.bids, false, q, BID);
    area(g, f, series.asks, true, q, ASK);
    g.setColor(foreground);
    g.setStroke(
        new BasicStroke(
            1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
    int mx = (int) Math.round(f.px(series.mid));
    g.drawLine(mx, f.y0, mx, f.y0 + f.h);
    g.setStroke(new BasicStroke(1f));
    settings.fillQuantity().ifPresent(qty -> fills(g, f, series, qty, q));
    // top centre, drawn last: near the mid both curves are low, so the legend hides no data there
    int lx = f.x0 + f.w / 2 - 120;
    legend(g, lx, f.y0 + 16, BID, T.get("depth.chart.bids"));
    legend(g, lx, f.y0 + 32, ASK, T.get("depth.chart.asks"));
  }

  /** Paints the crosshair and its readout over a chart painted with the same arguments. */
  public void paintCrosshair(
      Graphics2D g, int width, int height, DepthSeries series, ChartSettings settings, Point p) {
    if (!series.drawable()) {
      return;
    }
    ChartFrame f = new ChartFrame(width, height, series, settings);
    if (f.inside(p.x, p.y)) {
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(g.getFont().deriveFont(Font.PLAIN, 12f));
      crosshair(g, f, series, p, settings.quoteValue());
    }
  }

  /** The stepped area of one side, from its best level out to the band edge. */
  private static void area(
      Graphics2D g, ChartFrame f, DepthSeries.Steps s, boolean ascending, boolean q, Color c) {
    if (s.price.length == 0) {
      return;
    }
    double edge = ascending ? f.hi : f.lo;
    double base = f.py(0);
    Path2D.Double path = new Path2D.Double();
    path.moveTo(f.px(s.price[0]), base);
    double[] v = s.values(q);
    double last = 0;
    double column = Double.NaN;
    for (int i = 0; i < s.price.length; i++) {
      if (ascending ? s.price[i] > edge : s.price[i] < edge) {
        break;
      }
      double x = f.px(s.price[i]);
      // levels closer than half a pixel share one vertical step: 5,000 levels cost ~1 path
      // segment per pixel column instead of two per level
      if (Math.abs(x - column) >= 0.5 || Double.isNaN(column)) {
        if (!Double.isNaN(column)) {
          path.lineTo(column, f.py(last));
        }
        path.lineTo(x, f.py(last));
        column = x;
      }
      last = v[i];
    }
    if (!Double.isNaN(column)) {
      path.lineTo(column, f.py(last));
    }
    double xEdge = f.px(edge);
    path.lineTo(xEdge, f.py(last));
    Path2D.Double outline = (Path2D.Double) path.clone();
    path.lineTo(xEdge, base);
    path.closePath();
    g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 60));
    g.fill(path);
    g.setColor(c);
    g.setStroke(new BasicStroke(1.6f));
    g.draw(outline);
    g.setStroke(new BasicStroke(1f));
  }

  private void axes(Graphics2D g, ChartFrame f, ChartSettings settings) {
    g.setColor(foreground);
    g.drawRect(f.x0, f.y0, f.w, f.h);
    for (double p : ChartFrame.ticks(f.lo, f.hi, 8)) {
      int x = (int) Math.round(f.px(p));
      g.setColor(GRID);
      g.drawLine(x, f.y0, x, f.y0 + f.h);
      g.setColor(foreground);
      String label = number(p);
      g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, f.y0 + f.h + 16);
    }
    for (double v : ChartFrame.ticks(0, f.yMax, 6)) {
      int y = (int) Math.round(f.py(v));
      g.setColor(GRID);
      g.drawLine(f.x0, y, f.x0 + f.w, y);
      g.setColor(foreground);
      String label = number(v);
      g.drawString(label, f.x0 - 6 - g.getFontMetrics().stringWidth(label), y + 4);
    }
    String base = units == null ? T.get("depth.chart.baseAsset") : units.base();
    String quote = units == null ? T.get("depth.chart.quoteAsset") : units.quote();
    String xTitle = T.get("depth.chart.x", quote, base, number(settings.bandPercent()));
    g.drawString(
        xTitle, f.x0 + f.w / 2 - g.getFontMetrics().stringWidth(xTitle) / 2, f.y0 + f.h + 34);
    String yTitle =
        settings.quoteValue()
            ? T.get("depth.chart.yQuote", quote)
            : T.get("depth.chart.yQuantity", base);
    g.drawString(yTitle, f.x0 + 6, f.y0 + 14);
  }

  /** A translucent patch behind a line of text, so markers and curves do not run through it. */
  private void backdrop(Graphics2D g, int x, int baseline, int width) {
    g.setColor(new Color(background.getRed(), background.getGreen(), background.getBlue(), 210));
    g.fillRect(x - 3, baseline - 12, width + 6, 16);
  }

  private void legend(Graphics2D g, int x, int y, Color c, String text) {
    backdrop(g, x, y, 18 + g.getFontMetrics().stringWidth(text));
    g.setColor(c);
    g.fillRect(x, y - 9, 12, 10);
    g.setColor(foreground);
    g.drawString(text, x + 18, y);
  }

  /** The fill calculator: where buying and selling the quantity would end, drawn on the curves. */
  private void fills(
      Graphics2D g, ChartFrame f, DepthSeries series, BigDecimal qty, boolean quoteMode) {
    String[] texts = new String[2];
    for (int i = 0; i < 2; i++) {
      boolean buy = i == 0;
      MarketFill fill = MarketFill.of(series.book, buy, qty);
      g.setColor(buy ? ASK : BID);
      if (fill.complete()) {
        marker(g, f, series, fill.worstPrice().orElseThrow().doubleValue(), qty, quoteMode);
        texts[i] =
            T.get(
                buy ? "depth.chart.buy" : "depth.chart.sell",
                DepthReport.text(qty),
                DepthReport.text(fill.worstPrice().orElseThrow()),
                DepthReport.text(fill.averagePrice().orElseThrow().round(new MathContext(8))),
                percent(fill.slippage(series.book)));
      } else {
        texts[i] =
            T.get(
                buy ? "depth.chart.buyShort" : "depth.chart.sellShort",
                DepthReport.text(qty),
                DepthReport.text(fill.filled()));
      }
    }
    // labels after both markers, so no marker line crosses a label
    for (int i = 0; i < 2; i++) {
      int width = g.getFontMetrics().stringWidth(texts[i]);
      int tx = f.x0 + f.w - 8 - width;
      int ty = f.y0 + 54 + 16 * i;
      backdrop(g, tx, ty, width);
      g.setColor(i == 0 ? ASK : BID);
      g.drawString(texts[i], tx, ty);
    }
  }

  /** The fill's worst price as a vertical line, and (quantity mode) the order size across to it. */
  private static void marker(
      Graphics2D g,
      ChartFrame f,
      DepthSeries series,
      double worst,
      BigDecimal qty,
      boolean quoteMode) {
    int x = (int) Math.round(f.px(Math.max(f.lo, Math.min(f.hi, worst))));
    g.setStroke(new BasicStroke(2f));
    g.drawLine(x, f.y0, x, f.y0 + f.h);
    if (!quoteMode) {
      int y = (int) Math.round(f.py(qty.doubleValue()));
      g.drawLine((int) Math.round(f.px(series.mid)), y, x, y);
    }
    g.setStroke(new BasicStroke(1f));
  }

  private void crosshair(
      Graphics2D g, ChartFrame f, DepthSeries series, Point p, boolean quoteMode) {
    g.setColor(new Color(foreground.getRed(), foreground.getGreen(), foreground.getBlue(), 140));
    g.drawLine(p.x, f.y0, p.x, f.y0 + f.h);
    Optional<DepthReadout> r = readout(f, series, p.x);
    if (r.isEmpty()) {
      return;
    }
    // the horizontal line reads the curve at the mouse's price, not the mouse's height
    double value =
        (quoteMode ? r.get().cumulativeQuote() : r.get().cumulativeQuantity()).doubleValue();
    int cy = (int) Math.round(Math.max(f.y0, Math.min(f.y0 + f.h, f.py(value))));
    g.drawLine(f.x0, cy, f.x0 + f.w, cy);
    g.fillOval(p.x - 3, cy - 3, 7, 7);
    String[] lines = ReadoutText.lines(r.get());
    int tw = 0;
    for (String s : lines) {
      tw = Math.max(tw, g.getFontMetrics().stringWidth(s));
    }
    int bx = p.x + 14 + tw + 12 > f.x0 + f.w ? p.x - tw - 26 : p.x + 14;
    int by = Math.max(f.y0 + 4, Math.min(cy + 10, f.y0 + f.h - 16 * lines.length - 10));
    g.setColor(new Color(background.getRed(), background.getGreen(), background.getBlue(), 230));
    g.fillRoundRect(bx, by, tw + 12, 16 * lines.length + 8, 8, 8);
    g.setColor(foreground);
    g.drawRoundRect(bx, by, tw + 12, 16 * lines.length + 8, 8, 8);
    for (int i = 0; i < lines.length; i++) {
      g.drawString(lines[i], bx + 6, by + 18 + 16 * i);
    }
  }

  /**
   * The readout under pixel column {@code x}, as the panel reports it to tests and the status line.
   */
  public static Optional<DepthReadout> readout(ChartFrame f, DepthSeries series, int x) {
    BigDecimal price = new BigDecimal(f.priceAt(x), new MathContext(8));
    return DepthReadout.at(series.book, series.bidCurve, series.askCurve, price);
  }

  public static String number(double v) {
    BigDecimal d = new BigDecimal(v, new MathContext(6));
    return DepthReport.text(d);
  }

  private static String percent(Optional<BigDecimal> fraction) {
    return fraction
        .map(x -> String.format(Locale.ROOT, "%.4f %%", x.doubleValue() * 100))
        .orElse(T.get("depth.chart.na"));
  }
}

package dev.learninglab.labs.depth.view;

import dev.learninglab.core.chart.ChartExport;
import dev.learninglab.labs.depth.model.BookSnapshot;
import dev.learninglab.labs.depth.model.DepthReadout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * The depth chart as a Swing component: paints the current book with {@link DepthChartPainter},
 * follows the mouse with a crosshair and reports the readout under it. Custom-painted because
 * XChart has no stepped area series with a data-reading crosshair.
 */
public final class DepthChartPanel extends JComponent {
  private DepthSeries series;
  private ChartSettings settings = ChartSettings.defaults();
  private String title = "";
  private Point hover;
  private Consumer<Optional<DepthReadout>> readoutListener = r -> {};
  private long lastPaintNanos;

  public DepthChartPanel() {
    setPreferredSize(new Dimension(900, 520));
    setOpaque(true);
    MouseAdapter mouse =
        new MouseAdapter() {
          @Override
          public void mouseMoved(MouseEvent e) {
            hoverAt(e.getPoint());
          }

          @Override
          public void mouseExited(MouseEvent e) {
            hoverAt(null);
          }
        };
    addMouseListener(mouse);
    addMouseMotionListener(mouse);
  }

  /** Shows a new book (on the EDT); the readout is recomputed for the mouse's position. */
  public void show(BookSnapshot book, String title) {
    this.series = new DepthSeries(book);
    this.title = title;
    fireReadout();
    repaint();
  }

  public void setSettings(ChartSettings settings) {
    this.settings = settings;
    fireReadout();
    repaint();
  }

  public ChartSettings settings() {
    return settings;
  }

  /** Moves the crosshair to a point (null hides it) and reports the readout there. */
  public void hoverAt(Point p) {
    hover = p;
    fireReadout();
    repaint();
  }

  public void onReadout(Consumer<Optional<DepthReadout>> listener) {
    readoutListener = listener;
  }

  /** The readout at the crosshair, empty when the mouse is outside the plot or there is no book. */
  public Optional<DepthReadout> readout() {
    if (series == null || hover == null || !series.drawable()) {
      return Optional.empty();
    }
    ChartFrame f = new ChartFrame(getWidth(), getHeight(), series, settings);
    return f.inside(hover.x, hover.y) ? DepthChartPainter.readout(f, series, hover.x) : Optional.empty();
  }

  /** How long the last paint took, in milliseconds. */
  public double lastPaintMillis() {
    return lastPaintNanos / 1e6;
  }

  /** Writes the chart as drawn now (without the crosshair) to a PNG file. */
  public void exportPng(Path file) throws IOException {
    BufferedImage img = new BufferedImage(Math.max(getWidth(), 400), Math.max(getHeight(), 300), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    painter().paint(g, img.getWidth(), img.getHeight(), series(), settings, title, null);
    g.dispose();
    ChartExport.png(img, file);
  }

  private DepthSeries series() {
    return series != null ? series : new DepthSeries(new BookSnapshot(0, List.of(), List.of()));
  }

  private void fireReadout() {
    readoutListener.accept(readout());
  }

  /** A painter in the current theme's colours, so the chart follows light and dark mode. */
  private static DepthChartPainter painter() {
    return new DepthChartPainter(uiColor("Panel.background", Color.WHITE), uiColor("Label.foreground", Color.DARK_GRAY));
  }

  private static Color uiColor(String key, Color fallback) {
    Color c = UIManager.getColor(key);
    return c == null ? fallback : c;
  }

  @Override
  protected void paintComponent(Graphics g) {
    long t0 = System.nanoTime();
    painter().paint((Graphics2D) g.create(), getWidth(), getHeight(), series(), settings, title, hover);
    lastPaintNanos = System.nanoTime() - t0;
  }
}

package dev.learninglab.labs.depth.view;

import dev.learninglab.core.image.PictureFiles;
import dev.learninglab.labs.depth.io.AssetPair;
import dev.learninglab.labs.depth.io.ChartFrame;
import dev.learninglab.labs.depth.io.ChartSettings;
import dev.learninglab.labs.depth.io.DepthChartPainter;
import dev.learninglab.labs.depth.io.DepthSeries;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * The depth chart as a Swing component. The chart is rendered into an image on a background thread
 * whenever the book or the settings change, and the event thread only copies that image and draws
 * the crosshair over it — so a 5,000-level book streaming at 100 events/s, or a mouse moving over
 * it, costs the event thread about a millisecond per frame. Custom-painted because XChart has no
 * stepped area series with a data-reading crosshair.
 */
public final class DepthChartPanel extends JComponent {
  private static final ExecutorService RENDERER =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "depth-chart-render");
            t.setDaemon(true);
            return t;
          });

  /** A finished picture and what it shows, so the crosshair reads the drawn book. */
  private record Frame(BufferedImage image, DepthSeries series, ChartSettings settings) {}

  private DepthSeries series = new DepthSeries(new BookSnapshot(0, List.of(), List.of()));
  private ChartSettings settings = ChartSettings.defaults();
  private AssetPair units;
  private String title = "";
  private Point hover;
  private Frame frame;
  private boolean rendering;
  private boolean stale;
  private Consumer<Optional<DepthReadout>> readoutListener = r -> {};
  private volatile double lastRenderMillis;

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

  /** Shows a new book (on the EDT): the readout updates now, the picture when rendered. */
  public void show(BookSnapshot book, String title) {
    show(book, book, title);
  }

  /** Shows {@code shown} (e.g. grouped by tick) with mid and fills from the real {@code book}. */
  public void show(BookSnapshot book, BookSnapshot shown, String title) {
    this.series = new DepthSeries(book, shown);
    this.title = title;
    fireReadout();
    render();
  }

  public void setSettings(ChartSettings settings) {
    this.settings = settings;
    fireReadout();
    render();
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
    if (hover == null || !series.drawable()) {
      return Optional.empty();
    }
    ChartFrame f = new ChartFrame(getWidth(), getHeight(), series, settings);
    return f.inside(hover.x, hover.y)
        ? DepthChartPainter.readout(f, series, hover.x)
        : Optional.empty();
  }

  /** How long the last background render of the chart took, in milliseconds. */
  public double lastRenderMillis() {
    return lastRenderMillis;
  }

  /** Writes the chart as it stands now (without the crosshair) to a PNG file. */
  public void exportPng(Path file) throws IOException {
    PictureFiles.writePng(
        draw(
            series,
            settings,
            title,
            Math.max(getWidth(), 400),
            Math.max(getHeight(), 300),
            painter()),
        file);
  }

  /**
   * Starts a background render of the current state, unless one is running: then the running one is
   * followed by exactly one more, so bursts of updates coalesce.
   */
  private void render() {
    if (rendering) {
      stale = true;
      return;
    }
    int w = getWidth();
    int h = getHeight();
    if (w <= 0 || h <= 0) {
      repaint(); // not laid out yet: the first paint renders directly
      return;
    }
    rendering = true;
    stale = false;
    DepthSeries s = series;
    ChartSettings c = settings;
    String t = title;
    DepthChartPainter p = painter();
    RENDERER.execute(
        () -> {
          BufferedImage img = draw(s, c, t, w, h, p);
          SwingUtilities.invokeLater(
              () -> {
                frame = new Frame(img, s, c);
                rendering = false;
                repaint();
                if (stale) {
                  render();
                }
              });
        });
  }

  private BufferedImage draw(
      DepthSeries s, ChartSettings c, String t, int w, int h, DepthChartPainter p) {
    long t0 = System.nanoTime();
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    p.paint(g, w, h, s, c, t);
    g.dispose();
    lastRenderMillis = (System.nanoTime() - t0) / 1e6;
    return img;
  }

  private void fireReadout() {
    readoutListener.accept(readout());
  }

  /** The base asset of the pair on show ("ETH"), empty when it is not known. */
  String baseUnit() {
    return units == null ? "" : units.base();
  }

  /** Names the axes' units after the pair on show; null when it is not known. */
  void setUnits(AssetPair pair) {
    this.units = pair;
    frame = null; // redraw with the new axis titles
    repaint();
  }

  /** A painter in the current theme's colours, so the chart follows light and dark mode. */
  private DepthChartPainter painter() {
    return new DepthChartPainter(
        uiColor("Panel.background", Color.WHITE),
        uiColor("Label.foreground", Color.DARK_GRAY),
        units);
  }

  private static Color uiColor(String key, Color fallback) {
    Color c = UIManager.getColor(key);
    return c == null ? fallback : c;
  }

  /** A theme switch: the picture is drawn again in the new colours, also while paused. */
  @Override
  public void updateUI() {
    super.updateUI();
    frame = null;
    render();
  }

  @Override
  protected void paintComponent(Graphics g) {
    Frame f = frame;
    if (f == null
        || f.image().getWidth() != getWidth()
        || f.image().getHeight() != getHeight()
        || (!f.series().drawable() && series.drawable())) {
      // first paint, a resize, or the first book after an empty one: draw directly once, so the
      // window (and a screenshot) never shows a stretched chart or "no book" over a book
      f =
          new Frame(
              draw(series, settings, title, getWidth(), getHeight(), painter()), series, settings);
      frame = f;
    }
    g.drawImage(f.image(), 0, 0, null);
    if (hover != null) {
      painter()
          .paintCrosshair((Graphics2D) g, getWidth(), getHeight(), f.series(), f.settings(), hover);
    }
  }
}

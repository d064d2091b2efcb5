package dev.learninglab.labs.audio.view;

import dev.learninglab.core.chart.CentredText;
import dev.learninglab.labs.audio.io.ChartStyle;
import dev.learninglab.labs.audio.io.Heatmap;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.function.Supplier;
import javax.swing.JComponent;

/**
 * A {@link Heatmap} on screen: themed, with the playback cursor, a hover callback (frame, row) and
 * PNG/CSV export. Shows a hint instead of empty axes while there is nothing to draw.
 */
final class HeatmapPanel extends JComponent {
  /** Told the frame and row under the mouse, or null when it leaves the image. */
  interface Hover {
    void at(Heatmap map, int[] cell);
  }

  private final Supplier<String> emptyHint;
  private Heatmap map;
  private double cursorSeconds = Double.NaN;

  HeatmapPanel(Supplier<String> emptyHint, Hover hover, Supplier<String> csv) {
    this.emptyHint = emptyHint;
    setPreferredSize(new Dimension(600, 260));
    setMinimumSize(new Dimension(200, 120));
    MouseAdapter mouse =
        new MouseAdapter() {
          @Override
          public void mouseMoved(MouseEvent e) {
            if (map != null && hover != null) {
              hover.at(map, map.cellAt(bounds0(), e.getPoint()));
            }
          }

          @Override
          public void mouseExited(MouseEvent e) {
            if (hover != null) {
              hover.at(map, null);
            }
          }
        };
    addMouseListener(mouse);
    addMouseMotionListener(mouse);
    PlotExport.install(
        this, () -> map == null ? null : map.render(1000, 480, ChartStyle.print()), csv);
  }

  void show(Heatmap heatmap) {
    this.map = heatmap;
    repaint();
  }

  Heatmap heatmap() {
    return map;
  }

  void cursor(double seconds) {
    cursorSeconds = seconds;
    repaint();
  }

  private Rectangle bounds0() {
    return new Rectangle(0, 0, getWidth(), getHeight());
  }

  @Override
  protected void paintComponent(Graphics g0) {
    Graphics2D g = (Graphics2D) g0.create();
    ChartStyle style = ThemeChartStyle.current();
    g.setColor(style.background());
    g.fillRect(0, 0, getWidth(), getHeight());
    if (map == null) {
      g.setColor(style.muted());
      g.setFont(style.font());
      CentredText.draw(g, emptyHint.get(), getWidth(), getHeight() / 2);
    } else {
      map.paint(g, bounds0(), style);
      if (!Double.isNaN(cursorSeconds)) {
        Rectangle a = Heatmap.plotArea(bounds0());
        int x = map.xOf(bounds0(), cursorSeconds);
        g.setColor(style.accent());
        g.fillRect(x - 1, a.y, 2, a.height);
      }
    }
    g.dispose();
  }
}

package dev.learninglab.labs.smell.view;

import static dev.learninglab.labs.smell.model.SmellTexts.T;

import dev.learninglab.core.chart.CentredText;
import dev.learninglab.core.chart.ChartStyle;
import dev.learninglab.core.chart.ExportablePanels;
import dev.learninglab.labs.smell.model.map.AxisRange;
import dev.learninglab.labs.smell.model.map.OdourMap;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.MouseEvent;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.ToolTipManager;
import javax.swing.UIManager;

/**
 * The odour map as a scatter: every molecule at its two principal components, those with the chosen
 * odour drawn on top in colour; hovering a point names the molecule and its odours. Custom-painted
 * because XChart 3.8 has no per-point tooltip text; it takes its colours from the theme ({@link
 * ChartStyle}) and saves as PNG like the XChart charts.
 */
final class OdourMapPlot extends JComponent {
  private static final long serialVersionUID = 1L;

  /** Reads on light and dark backgrounds alike. */
  private static final Color HIGHLIGHT = new Color(0xE8, 0x71, 0x0A);

  // room for the rotated axis title beside the widest tick label
  private static final int LEFT = 80;
  private static final int RIGHT = 16;
  private static final int TOP = 30;
  private static final int BOTTOM = 44;
  private static final int HOVER_PX = 6;

  private final transient Supplier<String> emptyText;
  private transient OdourMap map;
  private int odour = -1;
  private AxisRange xRange = new AxisRange(0, 1);
  private AxisRange yRange = new AxisRange(0, 1);
  private int outside;

  OdourMapPlot(Supplier<String> emptyText) {
    this.emptyText = emptyText;
    setName("odourMapPlot");
    setPreferredSize(new Dimension(640, 420));
    setMinimumSize(new Dimension(240, 180));
    ToolTipManager.sharedInstance().registerComponent(this);
    ExportablePanels.addSaveAsPng(this, this::image);
  }

  void show(OdourMap newMap, int newOdour) {
    map = newMap;
    odour = newOdour;
    double[] xs = new double[map.size()];
    double[] ys = new double[map.size()];
    for (int i = 0; i < map.size(); i++) {
      xs[i] = map.xy()[i][0];
      ys[i] = map.xy()[i][1];
    }
    xRange = AxisRange.robust(xs);
    yRange = AxisRange.robust(ys);
    outside = 0;
    for (int i = 0; i < map.size(); i++) {
      if (!shown(i)) {
        outside++;
      }
    }
    repaint();
  }

  void colourBy(int newOdour) {
    odour = newOdour;
    repaint();
  }

  /** Whether molecule {@code i} lies inside the axes' ranges (the far-out few do not). */
  private boolean shown(int i) {
    return xRange.contains(map.xy()[i][0]) && yRange.contains(map.xy()[i][1]);
  }

  /** How many molecules lie outside the shown ranges. */
  int outsideCount() {
    return outside;
  }

  /** How many points are drawn (0 before the map is computed). */
  int pointCount() {
    return map == null ? 0 : map.size();
  }

  /** The molecule under a screen point, or -1. */
  int moleculeAt(int x, int y) {
    if (map == null) {
      return -1;
    }
    int best = -1;
    double bestD = HOVER_PX * HOVER_PX;
    for (int i = 0; i < map.size(); i++) {
      if (!shown(i)) {
        continue;
      }
      double dx = screenX(map.xy()[i][0], getWidth()) - x;
      double dy = screenY(map.xy()[i][1], getHeight()) - y;
      double d = dx * dx + dy * dy;
      if (d <= bestD) {
        bestD = d;
        best = i;
      }
    }
    return best;
  }

  /** Screen position of molecule {@code i} at the current size (for tests). */
  java.awt.Point screenPoint(int i) {
    return new java.awt.Point(
        (int) Math.round(screenX(map.xy()[i][0], getWidth())),
        (int) Math.round(screenY(map.xy()[i][1], getHeight())));
  }

  @Override
  public String getToolTipText(MouseEvent e) {
    int i = moleculeAt(e.getX(), e.getY());
    if (i < 0) {
      return null;
    }
    String odours = String.join(", ", map.odoursOf(i));
    // a fixed width wraps a long list of odours instead of running off the screen
    return "<html><body style='width: 280px'><b>"
        + escape(map.data().graphs().get(i).smiles())
        + "</b><br>"
        + escape(odours.isEmpty() ? T.get("smell.map.noLabel") : odours)
        + "</html>";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private BufferedImage image() {
    int w = Math.max(getWidth(), 640);
    int h = Math.max(getHeight(), 420);
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    paintMap(g, w, h);
    g.dispose();
    return image;
  }

  @Override
  protected void paintComponent(Graphics g) {
    Graphics2D g2 = (Graphics2D) g.create();
    paintMap(g2, getWidth(), getHeight());
    g2.dispose();
  }

  private void paintMap(Graphics2D g, int w, int h) {
    Color background = ChartStyle.colour("Panel.background", Color.WHITE);
    Color plot = ChartStyle.colour("Table.background", Color.WHITE);
    Color text = ChartStyle.colour("Label.foreground", Color.BLACK);
    Color border = ChartStyle.colour("Component.borderColor", Color.GRAY);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(UIManager.getFont("Label.font"));
    g.setColor(background);
    g.fillRect(0, 0, w, h);
    FontMetrics fm = g.getFontMetrics();
    if (map == null) {
      g.setColor(ChartStyle.colour("Label.disabledForeground", Color.GRAY));
      CentredText.draw(g, emptyText.get(), w, h / 2);
      return;
    }
    g.setColor(plot);
    g.fillRect(LEFT, TOP, w - LEFT - RIGHT, h - TOP - BOTTOM);
    g.setColor(border);
    g.drawRect(LEFT, TOP, w - LEFT - RIGHT, h - TOP - BOTTOM);
    Color faint = ChartStyle.mix(plot, text, 0.35);
    double r = 2.2;
    for (int pass = 0; pass < 2; pass++) {
      boolean highlighted = pass == 1;
      g.setColor(highlighted ? HIGHLIGHT : faint);
      for (int i = 0; i < map.size(); i++) {
        boolean has = odour >= 0 && map.has(i, odour);
        if (has == highlighted && shown(i)) {
          double x = screenX(map.xy()[i][0], w);
          double y = screenY(map.xy()[i][1], h);
          double rr = highlighted ? r + 0.8 : r;
          g.fill(new Ellipse2D.Double(x - rr, y - rr, 2 * rr, 2 * rr));
        }
      }
    }
    g.setColor(text);
    g.setStroke(new BasicStroke(1f));
    String title =
        odour < 0
            ? T.get("smell.map.title")
            : outside > 0
                ? T.get("smell.map.titleOdourOutside", map.odours().get(odour), count(), outside)
                : T.get("smell.map.titleOdour", map.odours().get(odour), count());
    g.drawString(title, LEFT, TOP - fm.getDescent() - 6);
    String xTitle = T.get("smell.map.pc1", map.explained()[0]);
    g.drawString(xTitle, LEFT + (w - LEFT - RIGHT - fm.stringWidth(xTitle)) / 2, h - 8);
    String yTitle = T.get("smell.map.pc2", map.explained()[1]);
    Graphics2D rotated = (Graphics2D) g.create();
    rotated.rotate(-Math.PI / 2);
    rotated.drawString(
        yTitle, -(TOP + (h - TOP - BOTTOM + fm.stringWidth(yTitle)) / 2), fm.getAscent() + 2);
    rotated.dispose();
    for (int k = 0; k <= 4; k++) {
      double vx = xRange.min() + (xRange.max() - xRange.min()) * k / 4;
      String lx = String.format("%.1f", vx);
      int sx = (int) screenX(vx, w);
      g.setColor(border);
      g.drawLine(sx, h - BOTTOM, sx, h - BOTTOM + 4);
      g.setColor(text);
      g.drawString(lx, sx - fm.stringWidth(lx) / 2, h - BOTTOM + 4 + fm.getAscent());
      double vy = yRange.min() + (yRange.max() - yRange.min()) * k / 4;
      String ly = String.format("%.1f", vy);
      int sy = (int) screenY(vy, h);
      g.setColor(border);
      g.drawLine(LEFT - 4, sy, LEFT, sy);
      g.setColor(text);
      g.drawString(ly, LEFT - 6 - fm.stringWidth(ly), sy + fm.getAscent() / 2 - 1);
    }
  }

  private int count() {
    int n = 0;
    for (int i = 0; i < map.size(); i++) {
      if (map.has(i, odour)) {
        n++;
      }
    }
    return n;
  }

  // a small inset keeps the outermost points inside the frame
  private double screenX(double v, int w) {
    double span = Math.max(xRange.max() - xRange.min(), 1e-12);
    return LEFT + 6 + (v - xRange.min()) / span * (w - LEFT - RIGHT - 12);
  }

  private double screenY(double v, int h) {
    double span = Math.max(yRange.max() - yRange.min(), 1e-12);
    return h - BOTTOM - 6 - (v - yRange.min()) / span * (h - TOP - BOTTOM - 12);
  }
}

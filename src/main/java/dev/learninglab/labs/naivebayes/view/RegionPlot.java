package dev.learninglab.labs.naivebayes.view;

import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.labs.naivebayes.model.GaussianNaiveBayes;
import dev.learninglab.labs.naivebayes.model.RegionGrid;
import dev.learninglab.labs.naivebayes.model.TutorialReference;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.JComponent;

/**
 * The scatter of the data over the model's decision regions (each region in its class colour, paler
 * where the model is unsure, dark grey where the linear-space way gives 0/0), with the tutorial's
 * test points as crosses and the explained point as a ring. A click reports the data coordinates
 * under the mouse.
 */
final class RegionPlot extends JComponent {
  private static final int CELL = 3;
  private final LabState state;
  private BufferedImage regions;
  private RegionGrid grid;

  RegionPlot(LabState state, Consumer<double[]> onClick) {
    this.state = state;
    setPreferredSize(new Dimension(560, 480));
    state.onChange(this::invalidateRegions);
    addMouseListener(
        new MouseAdapter() {
          @Override
          public void mouseClicked(MouseEvent e) {
            PlotFrame f = frame();
            if (f.area().contains(e.getPoint())) {
              onClick.accept(new double[] {f.dataX(e.getX()), f.dataY(e.getY())});
            }
          }
        });
  }

  /** The data point within 8 pixels of {@code p}, or {@code p} itself. */
  double[] snap(double[] p) {
    LabelledData d = state.data();
    if (d == null) {
      return p;
    }
    PlotFrame f = frame();
    double best = 8 * 8;
    double[] out = p;
    for (int i = 0; i < d.rows(); i++) {
      double dx = f.px(d.x().get(i, 0)) - f.px(p[0]);
      double dy = f.py(d.x().get(i, 1)) - f.py(p[1]);
      if (dx * dx + dy * dy <= best) {
        best = dx * dx + dy * dy;
        out = d.x().row(i);
      }
    }
    return out;
  }

  private void invalidateRegions() {
    regions = null;
    repaint();
  }

  private PlotFrame frame() {
    double[] b = state.bounds();
    Rectangle area =
        new Rectangle(56, 12, Math.max(10, getWidth() - 70), Math.max(10, getHeight() - 74));
    return new PlotFrame(area, b[0], b[1], b[2], b[3]);
  }

  /** The grid behind the picture (for tests and the legend). */
  RegionGrid grid() {
    return grid;
  }

  @Override
  protected void paintComponent(Graphics graphics) {
    Graphics2D g = (Graphics2D) graphics.create();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    // the margins follow the theme; inside the plot the class colours read the same in both
    g.setColor(getBackground());
    g.fillRect(0, 0, getWidth(), getHeight());
    PlotFrame f = frame();
    GaussianNaiveBayes model = state.model();
    if (model != null && state.data() != null) {
      if (regions == null
          || regions.getWidth() != f.area().width
          || regions.getHeight() != f.area().height) {
        regions = render(model, f);
      }
      g.drawImage(regions, f.area().x, f.area().y, null);
    }
    new Axes(g, f)
        .draw(
            state.data() == null
                ? new String[] {"x1", "x2"}
                : state.data().featureNames().toArray(String[]::new));
    if (state.data() != null) {
      drawPoints(g, f, state.data(), model);
    }
    if (state.tutorialData()) {
      for (double[] p : TutorialReference.POINTS) {
        cross(g, f.px(p[0]), f.py(p[1]));
      }
    }
    double[] s = state.selected();
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(2.5f));
    g.drawOval(f.px(s[0]) - 9, f.py(s[1]) - 9, 18, 18);
    new Legend(g, f).draw(state, grid);
    g.dispose();
  }

  private BufferedImage render(GaussianNaiveBayes model, PlotFrame f) {
    int nx = Math.max(2, f.area().width / CELL);
    int ny = Math.max(2, f.area().height / CELL);
    grid =
        RegionGrid.of(model, f.xMin(), f.xMax(), f.yMin(), f.yMax(), nx, ny, state.linearSpace());
    BufferedImage small = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_RGB);
    int k = model.classes().length;
    for (int r = 0; r < ny; r++) {
      for (int c = 0; c < nx; c++) {
        int i = r * nx + c;
        small.setRGB(
            c, ny - 1 - r, ClassColors.region(grid.winner()[i], grid.confidence()[i], k).getRGB());
      }
    }
    BufferedImage out =
        new BufferedImage(f.area().width, f.area().height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(small, 0, 0, out.getWidth(), out.getHeight(), null);
    g.dispose();
    return out;
  }

  private static void drawPoints(
      Graphics2D g, PlotFrame f, LabelledData d, GaussianNaiveBayes model) {
    int[] classes = model != null ? model.classes() : d.labels();
    g.setStroke(new BasicStroke(1.2f));
    for (int i = 0; i < d.rows(); i++) {
      int px = f.px(d.x().get(i, 0));
      int py = f.py(d.x().get(i, 1));
      g.setColor(ClassColors.of(Arrays.binarySearch(classes, d.y()[i])));
      g.fillOval(px - 5, py - 5, 10, 10);
      g.setColor(Color.BLACK);
      g.drawOval(px - 5, py - 5, 10, 10);
    }
  }

  private static void cross(Graphics2D g, int x, int y) {
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(3f));
    g.drawLine(x - 7, y - 7, x + 7, y + 7);
    g.drawLine(x - 7, y + 7, x + 7, y - 7);
  }

  static String format(double v) {
    return String.format(Locale.ROOT, "%.3g", v);
  }
}

package dev.learninglab.labs.naivebayes.view;

import static dev.learninglab.labs.naivebayes.model.NaiveBayesTexts.T;

import dev.learninglab.core.chart.ChartStyle;
import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.view.ErrorColour;
import dev.learninglab.labs.naivebayes.model.RegionGrid;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;

/** The row under the plot: one swatch per class, and the count of 0/0 cells in naive mode. */
final class Legend {
  private final Graphics2D g;
  private final PlotFrame f;

  Legend(Graphics2D g, PlotFrame f) {
    this.g = g;
    this.f = f;
  }

  void draw(LabState state, RegionGrid grid) {
    LabelledData d = state.data();
    if (d == null) {
      return;
    }
    Rectangle a = f.area();
    FontMetrics fm = g.getFontMetrics();
    int y = a.y + a.height + 14 + 2 * fm.getHeight();
    int x = a.x;
    int[] labels = d.labels();
    for (int c = 0; c < labels.length; c++) {
      x =
          swatch(
              x,
              y,
              ClassColors.of(c),
              T.get("naivebayes.legend.class", d.className(labels[c])),
              fm);
    }
    if (state.tutorialData()) {
      g.setColor(ChartStyle.colour("Label.foreground", Color.BLACK));
      String testPoints = T.get("naivebayes.legend.testPoints");
      g.drawString(testPoints, x, y + fm.getAscent() - 2);
      x += fm.stringWidth(testPoints) + 16;
    }
    if (state.linearSpace() && grid != null && grid.undefinedCount() > 0) {
      swatch(
          x,
          y,
          ClassColors.UNDEFINED,
          T.get(
              "naivebayes.legend.underflow", 100.0 * grid.undefinedCount() / grid.winner().length),
          fm);
    }
    if (state.problem() != null) {
      g.setColor(ErrorColour.get());
      g.drawString(T.get("naivebayes.legend.noModel"), a.x + 8, a.y + fm.getAscent() + 4);
    }
  }

  private int swatch(int x, int y, Color color, String text, FontMetrics fm) {
    g.setColor(color);
    g.fillRect(x, y, 12, 12);
    g.setColor(Color.BLACK);
    g.drawRect(x, y, 12, 12);
    g.setColor(ChartStyle.colour("Label.foreground", Color.BLACK));
    g.drawString(text, x + 16, y + fm.getAscent() - 2);
    return x + 16 + fm.stringWidth(text) + 14;
  }
}

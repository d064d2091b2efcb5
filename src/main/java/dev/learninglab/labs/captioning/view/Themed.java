package dev.learninglab.labs.captioning.view;

import java.awt.Color;
import javax.swing.UIManager;
import org.knowm.xchart.style.Styler;

/** Gives XChart charts the current look-and-feel's colours, so they follow light and dark. */
final class Themed {

  private Themed() {}

  static void style(Styler s) {
    Color background = UIManager.getColor("Panel.background");
    Color foreground = UIManager.getColor("Label.foreground");
    Color grid = UIManager.getColor("Separator.foreground");
    s.setChartBackgroundColor(background);
    s.setPlotBackgroundColor(background);
    s.setChartFontColor(foreground);
    s.setLegendBackgroundColor(background);
    s.setPlotBorderColor(grid);
    s.setChartTitleBoxBackgroundColor(background);
    s.setChartTitleBoxVisible(false);
    if (s instanceof org.knowm.xchart.style.AxesChartStyler a) {
      a.setAxisTickLabelsColor(foreground);
      a.setAxisTickMarksColor(grid);
      a.setPlotGridLinesColor(grid);
    }
    s.setLegendBorderColor(grid);
  }
}

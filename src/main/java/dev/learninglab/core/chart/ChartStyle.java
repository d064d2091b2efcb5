package dev.learninglab.core.chart;

import java.awt.Color;
import javax.swing.UIManager;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * Colours an XChart chart from the installed Look and Feel, so charts follow the light and the dark
 * theme instead of XChart's fixed white and grey. {@link ExportablePanels#of} applies it to every
 * chart it wraps and again whenever the theme changes; labs only choose series colours.
 */
public final class ChartStyle {
  private ChartStyle() {}

  /** Restyles {@code chart} from the current {@link UIManager} colours. */
  public static void apply(Chart<?, ?> chart) {
    Styler s = chart.getStyler();
    Color background = colour("Panel.background", Color.WHITE);
    Color plot = colour("Table.background", Color.WHITE);
    Color text = colour("Label.foreground", Color.BLACK);
    Color faint = colour("Component.borderColor", Color.GRAY);
    Color grid = mix(plot, text, 0.15);
    s.setChartBackgroundColor(background);
    s.setChartFontColor(text);
    s.setChartTitleBoxBackgroundColor(background);
    s.setChartTitleBoxBorderColor(background);
    s.setPlotBackgroundColor(plot);
    s.setPlotBorderColor(faint);
    s.setLegendBackgroundColor(plot);
    s.setLegendBorderColor(faint);
    s.setAnnotationTextFontColor(text);
    s.setAnnotationTextPanelFontColor(text);
    s.setAnnotationTextPanelBackgroundColor(plot);
    s.setAnnotationTextPanelBorderColor(faint);
    s.setToolTipBackgroundColor(colour("ToolTip.background", plot));
    s.setToolTipBorderColor(faint);
    s.setToolTipHighlightColor(mix(plot, text, 0.3));
    s.setChartButtonBackgroundColor(colour("Button.background", background));
    s.setChartButtonFontColor(text);
    s.setChartButtonBorderColor(faint);
    s.setXAxisTitleColor(text);
    s.setYAxisTitleColor(text);
    if (s instanceof AxesChartStyler axes) {
      axes.setAxisTickLabelsColor(text);
      axes.setXAxisTickLabelsColor(text);
      axes.setYAxisTickLabelsColor(text);
      axes.setAxisTickMarksColor(faint);
      axes.setXAxisTickMarksColor(faint);
      axes.setYAxisTickMarksColor(faint);
      axes.setPlotGridLinesColor(grid);
      axes.setErrorBarsColor(text);
    }
  }

  /** Whether the installed Look and Feel is a dark one (light text on a dark panel). */
  public static boolean dark() {
    Color bg = colour("Panel.background", Color.WHITE);
    return luminance(bg) < 0.5;
  }

  /** The UI colour for {@code key}, or {@code fallback} when the Look and Feel has none. */
  public static Color colour(String key, Color fallback) {
    Color c = UIManager.getColor(key);
    return c == null ? fallback : new Color(c.getRGB(), true); // plain Color, not a UIResource
  }

  /** {@code a} moved towards {@code b} by {@code t} (0 = a, 1 = b). */
  public static Color mix(Color a, Color b, double t) {
    return new Color(
        (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
        (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
        (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
  }

  private static double luminance(Color c) {
    return (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()) / 255.0;
  }
}

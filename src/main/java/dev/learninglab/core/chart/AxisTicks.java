package dev.learninglab.core.chart;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The one way every chart's numeric axes get their tick labels: a {@link TickPattern} from the data
 * the chart shows now, so "0.3" never reads "0.30000000000000004" and 12,000 never "12000.0". The
 * chart panel applies it before each paint and {@link ChartExport} before each save, so a lab only
 * fills its series.
 */
public final class AxisTicks {
  private AxisTicks() {}

  /** Sets the decimal patterns of {@code chart}'s numeric axes from its current series. */
  public static void fit(Chart<?, ?> chart) {
    if (chart instanceof XYChart xy) {
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (XYSeries s : xy.getSeriesMap().values()) {
        addAll(xs, s.getXData());
        addAll(ys, s.getYData());
      }
      xy.getStyler()
          .setXAxisDecimalPattern(
              xy.getStyler().isXAxisLogarithmic()
                  ? TickPattern.forLogValues(xs)
                  : TickPattern.forValues(xs));
      xy.getStyler()
          .setYAxisDecimalPattern(
              xy.getStyler().isYAxisLogarithmic()
                  ? TickPattern.forLogValues(ys)
                  : TickPattern.forValues(ys));
    } else if (chart instanceof CategoryChart category) {
      // the categories are names (or whole numbers the chart writes itself): only the values
      List<Double> ys = new ArrayList<>();
      for (CategorySeries s : category.getSeriesMap().values()) {
        addAll(ys, s.getYData());
      }
      category.getStyler().setYAxisDecimalPattern(TickPattern.forValues(ys));
    }
  }

  private static void addAll(List<Double> into, double[] values) {
    for (double v : values) {
      into.add(v);
    }
  }

  private static void addAll(List<Double> into, Iterable<? extends Number> values) {
    for (Number v : values) {
      if (v != null) {
        into.add(v.doubleValue());
      }
    }
  }
}

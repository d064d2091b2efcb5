package dev.learninglab.core.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.XYStyler;

/**
 * The one way every chart's numeric axes get their tick labels: a {@link TickPattern} from the data
 * the chart shows now, so "0.3" never reads "0.30000000000000004" and 12,000 never "12000.0". The
 * chart panel applies it before each paint and {@link ChartExport} before each save, so a lab only
 * fills its series.
 */
public final class AxisTicks {
  /**
   * The y limits this class set itself, per chart, so that a lab's own limits are never touched.
   */
  private static final Map<XYStyler, double[]> WIDENED =
      Collections.synchronizedMap(new WeakHashMap<>());

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
                  : TickPattern.forValues(widenNarrowY(xy.getStyler(), ys)));
    } else if (chart instanceof CategoryChart category) {
      // the categories are names (or whole numbers the chart writes itself): only the values
      List<Double> ys = new ArrayList<>();
      for (CategorySeries s : category.getSeriesMap().values()) {
        addAll(ys, s.getYData());
      }
      category.getStyler().setYAxisDecimalPattern(TickPattern.forValues(ys));
    }
  }

  /**
   * Widens a linear y axis whose data spread too little for four significant digits (see {@link
   * TickPattern#readableLimits}), unless the lab set its own limits; returns what the axis spans.
   */
  private static List<Double> widenNarrowY(XYStyler styler, List<Double> ys) {
    double[] ours = WIDENED.get(styler);
    boolean labsOwn =
        (styler.getYAxisMin() != null || styler.getYAxisMax() != null)
            && (ours == null
                || !(Objects.equals(styler.getYAxisMin(), ours[0])
                    && Objects.equals(styler.getYAxisMax(), ours[1])));
    if (labsOwn) {
      return ys;
    }
    double[] limits = TickPattern.readableLimits(ys);
    if (limits == null) {
      if (ours != null) { // the data spread out since: XChart's own limits again
        styler.setYAxisMin(null);
        styler.setYAxisMax(null);
        WIDENED.remove(styler);
      }
      return ys;
    }
    styler.setYAxisMin(limits[0]);
    styler.setYAxisMax(limits[1]);
    WIDENED.put(styler, limits);
    return Arrays.asList(limits[0], limits[1]);
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

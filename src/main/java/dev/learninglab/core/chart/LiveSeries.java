package dev.learninglab.core.chart;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;

/**
 * Puts the points of a series that grows while work runs (a loss per step, a score per epoch) into
 * an XY chart: adds the series on its first point, updates it afterwards, and removes it when the
 * points are cleared, so an empty chart shows its empty-state text instead of a stale line.
 */
public final class LiveSeries {
  private LiveSeries() {}

  /** Shows {@code x}/{@code y} as the series {@code name}; call on the event thread. */
  public static void show(XYChart chart, String name, List<Double> x, List<Double> y) {
    if (chart.getSeriesMap().containsKey(name)) {
      if (x.isEmpty()) {
        chart.removeSeries(name);
      } else {
        chart.updateXYSeries(name, x, y, null);
      }
    } else if (!x.isEmpty()) {
      chart.addSeries(name, new ArrayList<>(x), new ArrayList<>(y));
    }
  }
}

package dev.learninglab.labs.forecast.view;

import dev.learninglab.core.chart.AxisTicks;
import dev.learninglab.labs.forecast.model.Protocol;
import dev.learninglab.labs.forecast.model.Series;
import java.time.LocalDate;
import java.util.Arrays;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The charts of the data stages; the x axis is the date as a decimal year. */
final class SeriesCharts {
  private SeriesCharts() {}

  /** The price, its training rows and its test targets in two colours: the split drawn. */
  static XYChart price(Series s, Protocol p) {
    XYChart chart = chart("Price, split into training and test", "price");
    double[] years = years(s);
    double[] x = s.values();
    int cut = p.trainRows(x.length);
    add(chart, "training rows", Arrays.copyOfRange(years, 0, cut), Arrays.copyOfRange(x, 0, cut));
    add(
        chart,
        "test targets",
        Arrays.copyOfRange(years, cut - 1, x.length),
        Arrays.copyOfRange(x, cut - 1, x.length));
    AxisTicks.fit(chart);
    return chart;
  }

  static XYChart chart(String title, String yTitle) {
    XYChart chart = new XYChartBuilder().title(title).xAxisTitle("year").yAxisTitle(yTitle).build();
    chart.getStyler().setMarkerSize(0);
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
    return chart;
  }

  static void add(XYChart chart, String name, double[] x, double[] y) {
    chart.addSeries(name, x, y).setMarker(SeriesMarkers.NONE);
  }

  static double[] years(Series s) {
    return s.dates().stream().mapToDouble(SeriesCharts::year).toArray();
  }

  private static double year(LocalDate d) {
    return d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
  }
}

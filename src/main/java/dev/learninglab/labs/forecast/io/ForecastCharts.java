package dev.learninglab.labs.forecast.io;

import dev.learninglab.core.chart.AxisTicks;
import dev.learninglab.labs.forecast.model.Evaluation;
import dev.learninglab.labs.forecast.model.Protocol;
import dev.learninglab.labs.forecast.model.Series;
import dev.learninglab.labs.forecast.model.TestWindows;
import java.time.LocalDate;
import java.util.Arrays;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The lab's charts, for its view and its exported report alike; the x axis is the date as a decimal
 * year.
 */
public final class ForecastCharts {
  private ForecastCharts() {}

  /** The price, its training rows and its test targets in two colours: the split drawn. */
  public static XYChart price(Series s, Protocol p) {
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

  /** The test days' truth, the LSTM's and persistence's forecasts. */
  public static XYChart predictions(Evaluation e) {
    TestWindows t = e.windows();
    double[] x = testYears(t);
    XYChart chart = chart("Test days: forecasts and truth", "price");
    add(chart, "truth", x, t.truth());
    add(chart, "LSTM", x, e.lstm());
    add(chart, "persistence", x, t.persistence());
    AxisTicks.fit(chart);
    return chart;
  }

  /** Forecast minus truth on the test days, LSTM and persistence. */
  public static XYChart residuals(Evaluation e) {
    TestWindows t = e.windows();
    double[] x = testYears(t);
    XYChart chart = chart("Residuals (forecast − truth)", "price");
    add(chart, "LSTM", x, minus(e.lstm(), t.truth()));
    add(chart, "persistence", x, minus(t.persistence(), t.truth()));
    AxisTicks.fit(chart);
    return chart;
  }

  private static double[] testYears(TestWindows t) {
    double[] years = years(t.series());
    return Arrays.copyOfRange(years, t.protocol().target(t.first()), years.length);
  }

  private static double[] minus(double[] a, double[] b) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] - b[i];
    }
    return out;
  }

  public static XYChart chart(String title, String yTitle) {
    XYChart chart = new XYChartBuilder().title(title).xAxisTitle("year").yAxisTitle(yTitle).build();
    chart.getStyler().setMarkerSize(0);
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
    return chart;
  }

  public static void add(XYChart chart, String name, double[] x, double[] y) {
    chart.addSeries(name, x, y).setMarker(SeriesMarkers.NONE);
  }

  public static double[] years(Series s) {
    return s.dates().stream().mapToDouble(ForecastCharts::year).toArray();
  }

  private static double year(LocalDate d) {
    return d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
  }
}

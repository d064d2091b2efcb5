package dev.learninglab.labs.forecast.io;

import static dev.learninglab.labs.forecast.model.ForecastTexts.T;

import dev.learninglab.core.chart.AxisTicks;
import dev.learninglab.labs.forecast.model.Evaluation;
import dev.learninglab.labs.forecast.model.Protocol;
import dev.learninglab.labs.forecast.model.Series;
import dev.learninglab.labs.forecast.model.TestWindows;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
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
    XYChart chart = chart(T.get("forecast.chart.price.title"), T.get("forecast.chart.price"));
    double[] days = days(s);
    double[] x = s.values();
    int cut = p.trainRows(x.length);
    add(
        chart,
        T.get("forecast.chart.training"),
        Arrays.copyOfRange(days, 0, cut),
        Arrays.copyOfRange(x, 0, cut));
    add(
        chart,
        T.get("forecast.chart.test"),
        Arrays.copyOfRange(days, cut - 1, x.length),
        Arrays.copyOfRange(x, cut - 1, x.length));
    AxisTicks.fit(chart);
    return chart;
  }

  /** The test days' truth, the LSTM's and persistence's forecasts. */
  public static XYChart predictions(Evaluation e) {
    TestWindows t = e.windows();
    double[] x = testDays(t);
    XYChart chart = chart(T.get("forecast.chart.predictions.title"), T.get("forecast.chart.price"));
    add(chart, T.get("forecast.chart.truth"), x, t.truth());
    add(chart, "LSTM", x, e.lstm());
    add(chart, T.get("forecast.chart.persistence"), x, t.persistence());
    AxisTicks.fit(chart);
    return chart;
  }

  /** Forecast minus truth on the test days, LSTM and persistence. */
  public static XYChart residuals(Evaluation e) {
    TestWindows t = e.windows();
    double[] x = testDays(t);
    XYChart chart = chart(T.get("forecast.chart.residuals.title"), T.get("forecast.chart.price"));
    add(chart, "LSTM", x, minus(e.lstm(), t.truth()));
    add(chart, T.get("forecast.chart.persistence"), x, minus(t.persistence(), t.truth()));
    AxisTicks.fit(chart);
    return chart;
  }

  private static double[] testDays(TestWindows t) {
    double[] days = days(t.series());
    return Arrays.copyOfRange(days, t.protocol().target(t.first()), days.length);
  }

  private static double[] minus(double[] a, double[] b) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] - b[i];
    }
    return out;
  }

  public static XYChart chart(String title, String yTitle) {
    XYChart chart =
        new XYChartBuilder()
            .title(title)
            .xAxisTitle(T.get("forecast.chart.date"))
            .yAxisTitle(yTitle)
            .build();
    chart.getStyler().setMarkerSize(0);
    chart.getStyler().setDatePattern("yyyy-MM");
    chart.getStyler().setTimezone(java.util.TimeZone.getTimeZone("UTC"));
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
    return chart;
  }

  /** Adds a line over dates given as {@link #days} values. */
  public static void add(XYChart chart, String name, double[] x, double[] y) {
    List<Date> dates = Arrays.stream(x).mapToObj(ms -> new Date((long) ms)).toList();
    List<Double> values = Arrays.stream(y).boxed().toList();
    chart.addSeries(name, dates, values).setMarker(SeriesMarkers.NONE);
  }

  /** Each row's date as milliseconds since 1970 (UTC midnight), the x values {@link #add} takes. */
  public static double[] days(Series s) {
    return s.dates().stream().mapToDouble(d -> d.toEpochDay() * 86_400_000.0).toArray();
  }
}

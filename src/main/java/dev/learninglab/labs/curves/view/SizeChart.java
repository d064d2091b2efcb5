package dev.learninglab.labs.curves.view;

import static dev.learninglab.labs.curves.model.CurvesTexts.T;

import dev.learninglab.core.chart.ChartStyle;
import dev.learninglab.labs.curves.model.Names;
import dev.learninglab.labs.curves.model.extrapolation.FittedCurve;
import dev.learninglab.labs.curves.model.size.SizeMean;
import java.awt.Color;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The size chart: the mean measured accuracy at each size with error bars of ±1 sample standard
 * deviation over the repeats (none for a single repeat), the fitted curves drawn past the data and
 * their bands.
 */
final class SizeChart {
  private static final Color[] FIT_COLOURS = {
    new Color(0x2ca02c), new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b)
  };
  private static final int SAMPLES = 80;

  private SizeChart() {}

  static XYChart build(
      String dataset, List<SizeMean> points, List<FittedCurve> fits, int fitFirst) {
    XYChart chart =
        new XYChartBuilder()
            .width(560)
            .height(380)
            .title(T.get("curves.size.chart.title", dataset))
            .xAxisTitle(T.get("curves.size.chart.x"))
            .yAxisTitle(T.get("curves.size.chart.y"))
            .build();
    // under the plot: inside, in any corner, it covered a fitted curve (the quadratic dives there)
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    if (points.isEmpty()) {
      return chart; // the panel says what to do instead of drawing empty axes
    }
    // Keep the measured range in view: a quadratic that dives would squash everything else.
    double lowest = points.stream().mapToDouble(p -> p.accuracy() - p.std()).min().orElse(0);
    chart.getStyler().setYAxisMin(Math.max(0, lowest - 0.15));
    chart.getStyler().setYAxisMax(1.0); // an accuracy cannot exceed 1
    double maxSize = points.get(points.size() - 1).size();
    double minSize = points.get(0).size();
    double[] xs = new double[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      xs[i] = minSize + (1.25 * maxSize - minSize) * i / (SAMPLES - 1);
    }
    for (int f = 0; f < fits.size(); f++) {
      FittedCurve curve = fits.get(f);
      double[] y = new double[SAMPLES];
      double[] lo = new double[SAMPLES];
      double[] hi = new double[SAMPLES];
      for (int i = 0; i < SAMPLES; i++) {
        y[i] = curve.predict(xs[i]);
        double band = curve.bandHalfWidth(xs[i]);
        lo[i] = y[i] - band;
        hi[i] = y[i] + band;
      }
      String name = T.get("curves.size.chart.fit", Names.fit(curve.model()), fitFirst);
      Bands.add(chart, name, xs, y, lo, hi, FIT_COLOURS[f % FIT_COLOURS.length], 0, 1);
      chart.getSeriesMap().get(name).setMarker(SeriesMarkers.NONE);
    }
    boolean repeated = points.stream().anyMatch(p -> p.repeats() > 1);
    double[] x = points.stream().mapToDouble(SizeMean::size).toArray();
    double[] y = points.stream().mapToDouble(SizeMean::accuracy).toArray();
    XYSeries measured =
        repeated
            ? chart.addSeries(
                T.get("curves.size.chart.measuredMean"),
                x,
                y,
                points.stream().mapToDouble(SizeMean::std).toArray())
            : chart.addSeries(T.get("curves.size.chart.measured"), x, y);
    measured.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    // the theme's text colour: a black marker would vanish on the dark plot
    measured.setMarkerColor(ChartStyle.colour("Label.foreground", Color.BLACK));
    measured.setMarker(SeriesMarkers.DIAMOND);
    return chart;
  }
}

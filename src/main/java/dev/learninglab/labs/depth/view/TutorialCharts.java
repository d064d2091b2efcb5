package dev.learninglab.labs.depth.view;

import static dev.learninglab.labs.depth.model.DepthTexts.T;

import dev.learninglab.labs.depth.io.DepthChartPainter;
import dev.learninglab.labs.depth.model.BookSnapshot;
import dev.learninglab.labs.depth.model.Histogram;
import dev.learninglab.labs.depth.model.LevelTable;
import dev.learninglab.labs.depth.model.Side;
import java.awt.Color;
import java.util.Arrays;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The tutorial's charts before the depth chart: the price/quantity scatter, the count histogram
 * (which hides volume) and the quantity-weighted histogram, bids and asks sharing numpy "auto" bins
 * as in seaborn's hue plots.
 */
final class TutorialCharts {
  private TutorialCharts() {}

  static XYChart scatter(BookSnapshot book) {
    XYChart chart = base(T.get("depth.tutorial.scatter"), T.get("depth.tutorial.quantity"));
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    chart.getStyler().setMarkerSize(4);
    LevelTable t = LevelTable.of(book);
    for (Side side : Side.values()) {
      if (t.prices(side).length > 0) {
        XYSeries s = chart.addSeries(side.plural(), t.prices(side), t.quantities(side));
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(colour(side));
      }
    }
    return chart;
  }

  /** Histogram of price; {@code weighted} sums quantity per bin instead of counting levels. */
  static XYChart histogram(BookSnapshot book, boolean weighted) {
    XYChart chart =
        base(
            weighted
                ? T.get("depth.tutorial.weightedHistogram")
                : T.get("depth.tutorial.countHistogram"),
            weighted ? T.get("depth.tutorial.quantity") : T.get("depth.tutorial.levels"));
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.StepArea);
    LevelTable t = LevelTable.of(book);
    double[] all = t.allPrices();
    if (all.length == 0) {
      return chart;
    }
    int bins = Histogram.autoBins(all);
    double lo = Arrays.stream(all).min().orElseThrow();
    double hi = Arrays.stream(all).max().orElseThrow();
    for (Side side : Side.values()) {
      if (t.prices(side).length == 0) {
        continue;
      }
      Histogram h =
          Histogram.of(t.prices(side), weighted ? t.quantities(side) : null, bins, lo, hi);
      // a step series needs the last bin's value repeated at the right edge
      double[] y = new double[h.edges().length];
      System.arraycopy(h.totals(), 0, y, 0, h.totals().length);
      y[y.length - 1] = h.totals()[h.totals().length - 1];
      XYSeries s = chart.addSeries(side.plural(), h.edges(), y);
      s.setMarker(SeriesMarkers.NONE);
      s.setFillColor(
          new Color(colour(side).getRed(), colour(side).getGreen(), colour(side).getBlue(), 90));
      s.setLineColor(colour(side));
    }
    return chart;
  }

  private static XYChart base(String title, String yTitle) {
    XYChart chart =
        new XYChartBuilder()
            .width(800)
            .height(480)
            .title(title)
            .xAxisTitle(T.get("depth.tutorial.price"))
            .yAxisTitle(yTitle)
            .build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    return chart;
  }

  private static Color colour(Side side) {
    return side == Side.BID ? DepthChartPainter.BID : DepthChartPainter.ASK;
  }
}

package dev.learninglab.labs.curves.view;

import static dev.learninglab.labs.curves.model.CurvesTexts.T;

import dev.learninglab.labs.curves.model.CurveSummary;
import dev.learninglab.labs.curves.model.FoldTable;
import dev.learninglab.labs.curves.model.LearningCurveResult;
import dev.learninglab.labs.curves.model.Metric;
import dev.learninglab.labs.curves.model.Names;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Builds the two charts of the diagnosis tab: the learning curve and the validation curve. */
final class DiagnosisCharts {
  static final Color TRAIN = new Color(0x1f77b4);
  static final Color VALIDATION = new Color(0xd62728);

  private DiagnosisCharts() {}

  static XYChart learningCurve(LearningCurveResult r, Metric metric) {
    XYChart chart =
        base(
            T.get("curves.chart.learning.title", CText.format(r.c())),
            T.get("curves.chart.learning.x"),
            metric);
    double[] x = Arrays.stream(r.trainSizes()).asDoubleStream().toArray();
    addPair(chart, x, r.train(metric), r.validation(metric), metric);
    return chart;
  }

  static XYChart validationCurve(double[] cs, FoldTable table, Metric metric, double currentC) {
    XYChart chart = base(T.get("curves.chart.validation.title"), "C", metric);
    chart.getStyler().setXAxisLogarithmic(true);
    addPair(chart, cs, table.train(metric), table.validation(metric), metric);
    CurveSummary v = table.validation(metric);
    double lo = Arrays.stream(v.mean()).filter(Double::isFinite).min().orElse(0);
    double hi = Arrays.stream(table.train(metric).mean()).filter(Double::isFinite).max().orElse(1);
    XYSeries marker =
        chart.addSeries(
            T.get("curves.chart.currentC"),
            List.of(currentC, currentC),
            List.of(Math.min(lo, 0.0), hi));
    marker.setLineColor(Color.GRAY);
    marker.setMarker(SeriesMarkers.NONE);
    return chart;
  }

  private static void addPair(
      XYChart chart, double[] x, CurveSummary train, CurveSummary validation, Metric metric) {
    double[][] t = Bands.plusMinus(train.mean(), train.std());
    double[][] v = Bands.plusMinus(validation.mean(), validation.std());
    // both scores are at least 0; an accuracy is at most 1, a log-loss has no ceiling
    double max = metric.higherIsBetter() ? 1 : Double.POSITIVE_INFINITY;
    Bands.add(chart, T.get("curves.chart.train"), x, train.mean(), t[0], t[1], TRAIN, 0, max);
    Bands.add(
        chart,
        T.get("curves.chart.validation"),
        x,
        validation.mean(),
        v[0],
        v[1],
        VALIDATION,
        0,
        max);
  }

  private static XYChart base(String title, String xTitle, Metric metric) {
    XYChart chart =
        new XYChartBuilder()
            .width(520)
            .height(360)
            .title(title)
            .xAxisTitle(xTitle)
            .yAxisTitle(Names.metric(metric))
            .build();
    chart
        .getStyler()
        .setLegendPosition(
            metric.higherIsBetter()
                ? Styler.LegendPosition.InsideSE
                : Styler.LegendPosition.InsideNE);
    return chart;
  }
}

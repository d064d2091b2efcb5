package dev.learninglab.labs.curves.view;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Adds a curve with a shaded band around it to an XChart chart; NaN points are left out. */
final class Bands {
  private Bands() {}

  /**
   * The line {@code mean} with the band {@code low..high} shaded in a paler {@code color}, all
   * clipped to the values the score can take ({@code min..max}: an accuracy band never above 1, a
   * log-loss band never below 0).
   */
  static void add(
      XYChart chart,
      String name,
      double[] x,
      double[] mean,
      double[] low,
      double[] high,
      Color color,
      double min,
      double max) {
    mean = clip(mean, min, max);
    low = clip(low, min, max);
    high = clip(high, min, max);
    List<Double> bx = new ArrayList<>();
    List<Double> by = new ArrayList<>();
    List<Double> lx = new ArrayList<>();
    List<Double> ly = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      if (Double.isFinite(mean[i])) {
        lx.add(x[i]);
        ly.add(mean[i]);
      }
      if (Double.isFinite(high[i])) {
        bx.add(x[i]);
        by.add(high[i]);
      }
    }
    for (int i = x.length - 1; i >= 0; i--) {
      if (Double.isFinite(low[i])) {
        bx.add(x[i]);
        by.add(low[i]);
      }
    }
    if (bx.size() >= 3) {
      XYSeries band = chart.addSeries(name + " band", bx, by);
      band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
      band.setFillColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 50));
      band.setLineColor(new Color(0, 0, 0, 0));
      band.setMarker(SeriesMarkers.NONE);
      band.setShowInLegend(false);
    }
    if (!lx.isEmpty()) {
      XYSeries line = chart.addSeries(name, lx, ly);
      line.setLineColor(color);
      line.setMarkerColor(color);
      line.setMarker(SeriesMarkers.CIRCLE);
    }
  }

  private static double[] clip(double[] v, double min, double max) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = Double.isFinite(v[i]) ? Math.max(min, Math.min(max, v[i])) : v[i];
    }
    return out;
  }

  /** Mean ± std as low/high arrays. */
  static double[][] plusMinus(double[] mean, double[] std) {
    double[] lo = new double[mean.length];
    double[] hi = new double[mean.length];
    for (int i = 0; i < mean.length; i++) {
      lo[i] = mean[i] - std[i];
      hi[i] = mean[i] + std[i];
    }
    return new double[][] {lo, hi};
  }
}

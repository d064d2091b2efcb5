package dev.learninglab.labs.naivebayes.view;

import java.awt.Rectangle;

/** Maps data coordinates to pixels inside a plot rectangle and back (y grows upwards). */
record PlotFrame(Rectangle area, double xMin, double xMax, double yMin, double yMax) {

  int px(double x) {
    return area.x + (int) Math.round((x - xMin) / (xMax - xMin) * area.width);
  }

  int py(double y) {
    return area.y + area.height - (int) Math.round((y - yMin) / (yMax - yMin) * area.height);
  }

  double dataX(int px) {
    return xMin + (px - area.x) * (xMax - xMin) / area.width;
  }

  double dataY(int py) {
    return yMin + (area.y + area.height - py) * (yMax - yMin) / area.height;
  }

  /** Round tick values covering [lo, hi], about {@code count} of them. */
  static double[] ticks(double lo, double hi, int count) {
    double raw = (hi - lo) / count;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = magnitude * (raw / magnitude < 2 ? 2 : raw / magnitude < 5 ? 5 : 10);
    int first = (int) Math.ceil(lo / step);
    int last = (int) Math.floor(hi / step);
    double[] out = new double[Math.max(0, last - first + 1)];
    for (int i = 0; i < out.length; i++) {
      out[i] = (first + i) * step;
    }
    return out;
  }
}

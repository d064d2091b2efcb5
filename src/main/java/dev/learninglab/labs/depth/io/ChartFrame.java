package dev.learninglab.labs.depth.io;

/**
 * The mapping between prices/values and pixels for one paint: the plot rectangle, the price range
 * mid·(1 ± band) and the value range 0..yMax. Hover code uses the same frame as painting so the
 * crosshair reads what is drawn.
 */
public final class ChartFrame {
  public static final int LEFT = 78;
  static final int RIGHT = 18;
  static final int TOP = 34;
  static final int BOTTOM = 42;

  final int x0;
  final int y0;
  final int w;
  final int h;
  final double lo;
  final double hi;
  final double yMax;

  public ChartFrame(int width, int height, DepthSeries series, ChartSettings settings) {
    x0 = LEFT;
    y0 = TOP;
    w = Math.max(10, width - LEFT - RIGHT);
    h = Math.max(10, height - TOP - BOTTOM);
    double b = settings.bandPercent() / 100;
    lo = series.mid * (1 - b);
    hi = series.mid * (1 + b);
    boolean q = settings.quoteValue();
    double top =
        Math.max(series.bids.valueAtEdge(lo, false, q), series.asks.valueAtEdge(hi, true, q));
    yMax = top > 0 ? top * 1.08 : 1;
  }

  double px(double price) {
    return x0 + (price - lo) / (hi - lo) * w;
  }

  double py(double value) {
    return y0 + h - value / yMax * h;
  }

  double priceAt(double px) {
    return lo + (px - x0) / w * (hi - lo);
  }

  double valueAt(double py) {
    return (y0 + h - py) / h * yMax;
  }

  public boolean inside(double px, double py) {
    return px >= x0 && px <= x0 + w && py >= y0 && py <= y0 + h;
  }

  /** About {@code target} round tick values (1, 2 or 5 × 10^k apart) covering [from, to]. */
  static double[] ticks(double from, double to, int target) {
    double raw = (to - from) / target;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = mag;
    for (double m : new double[] {1, 2, 5, 10}) {
      step = m * mag;
      if (step >= raw) {
        break;
      }
    }
    double first = Math.ceil(from / step) * step;
    int n = (int) Math.floor((to - first) / step) + 1;
    double[] out = new double[Math.max(0, n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = first + i * step;
    }
    return out;
  }
}

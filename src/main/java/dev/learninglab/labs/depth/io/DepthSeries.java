package dev.learninglab.labs.depth.io;

import dev.learninglab.labs.depth.model.BookSnapshot;
import dev.learninglab.labs.depth.model.DepthCurve;
import dev.learninglab.labs.depth.model.Side;
import java.util.List;

/**
 * One book prepared for drawing: the exact curves (for readouts) and the same steps as double
 * arrays (for geometry), built once per book so repaints and hovering stay cheap. When levels are
 * grouped by tick, the curves come from the grouped book but the mid, the fills and the distance
 * from the mid from the real one: grouping changes the picture, not the prices an order gets.
 */
public final class DepthSeries {
  final BookSnapshot book;
  final DepthCurve bidCurve;
  final DepthCurve askCurve;
  final double mid;
  final Steps bids;
  final Steps asks;

  /** A side's steps, best first: price, cumulative quantity, cumulative quote value. */
  static final class Steps {
    final double[] price;
    final double[] quantity;
    final double[] quote;

    Steps(DepthCurve curve) {
      List<DepthCurve.Point> pts = curve.points();
      price = new double[pts.size()];
      quantity = new double[pts.size()];
      quote = new double[pts.size()];
      for (int i = 0; i < pts.size(); i++) {
        price[i] = pts.get(i).price().doubleValue();
        quantity[i] = pts.get(i).cumulativeQuantity().doubleValue();
        quote[i] = pts.get(i).cumulativeQuote().doubleValue();
      }
    }

    double[] values(boolean quoteMode) {
      return quoteMode ? quote : quantity;
    }

    /** Cumulative value of the steps still inside the band edge {@code limit}. */
    double valueAtEdge(double limit, boolean ascending, boolean quoteMode) {
      double[] v = values(quoteMode);
      double out = 0;
      for (int i = 0; i < price.length; i++) {
        if (ascending ? price[i] > limit : price[i] < limit) {
          break;
        }
        out = v[i];
      }
      return out;
    }
  }

  public DepthSeries(BookSnapshot book) {
    this(book, book);
  }

  /**
   * @param book the real book (mid, fills)
   * @param shown the levels to draw, e.g. the book grouped by tick
   */
  public DepthSeries(BookSnapshot book, BookSnapshot shown) {
    this.book = book;
    this.bidCurve = DepthCurve.of(shown, Side.BID);
    this.askCurve = DepthCurve.of(shown, Side.ASK);
    this.mid = book.mid().map(Number::doubleValue).orElse(Double.NaN);
    this.bids = new Steps(bidCurve);
    this.asks = new Steps(askCurve);
  }

  public boolean drawable() {
    return !Double.isNaN(mid);
  }
}

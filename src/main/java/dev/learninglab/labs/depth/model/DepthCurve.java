package dev.learninglab.labs.depth.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The cumulative depth of one side: the tutorial's quantity-weighted ECDF with {@code
 * stat="count"}. For asks, the value at price p is the total quantity offered at prices ≤ p
 * (cumulated from the best ask up); for bids it is the complementary ECDF, the total quantity bid
 * at prices ≥ p (cumulated from the best bid down). Each point also carries the quote value (Σ
 * price·quantity) for the chart's quote toggle.
 */
public final class DepthCurve {
  /** The curve after including one level: its price and the totals up to and including it. */
  public record Point(
      BigDecimal price, BigDecimal cumulativeQuantity, BigDecimal cumulativeQuote) {}

  private final Side side;
  private final List<Point> points;

  private DepthCurve(Side side, List<Point> points) {
    this.side = side;
    this.points = List.copyOf(points);
  }

  /** The curve of {@code side} of the book, best level first. */
  public static DepthCurve of(BookSnapshot book, Side side) {
    List<Point> points = new ArrayList<>();
    BigDecimal qty = BigDecimal.ZERO;
    BigDecimal quote = BigDecimal.ZERO;
    for (Level l : book.side(side)) {
      qty = qty.add(l.quantity());
      quote = quote.add(l.notional());
      points.add(new Point(l.price(), qty, quote));
    }
    return new DepthCurve(side, points);
  }

  public Side side() {
    return side;
  }

  /** The steps, best price first. */
  public List<Point> points() {
    return points;
  }

  /**
   * The ECDF evaluated at {@code price}: quantity at ask prices ≤ price, or at bid prices ≥ price.
   * Zero on the near side of the best level.
   */
  public BigDecimal quantityAt(BigDecimal price) {
    int i = lastIncluded(price);
    return i < 0 ? BigDecimal.ZERO : points.get(i).cumulativeQuantity();
  }

  /** Like {@link #quantityAt} but in quote currency. */
  public BigDecimal quoteAt(BigDecimal price) {
    int i = lastIncluded(price);
    return i < 0 ? BigDecimal.ZERO : points.get(i).cumulativeQuote();
  }

  /** Index of the farthest level still included at {@code price}; −1 if none (binary search). */
  private int lastIncluded(BigDecimal price) {
    int lo = 0;
    int hi = points.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int m = (lo + hi) >>> 1;
      if (included(points.get(m).price(), price)) {
        found = m;
        lo = m + 1;
      } else {
        hi = m - 1;
      }
    }
    return found;
  }

  private boolean included(BigDecimal levelPrice, BigDecimal at) {
    int c = levelPrice.compareTo(at);
    return side == Side.ASK ? c <= 0 : c >= 0;
  }
}

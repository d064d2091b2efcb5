package dev.learninglab.labs.depth.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * What the chart's crosshair reads at a price: which side's curve is there (asks above the mid,
 * bids below), the cumulative quantity and quote notional up to that price, and the distance from
 * the mid in percent.
 */
public record DepthReadout(
    BigDecimal price,
    Side side,
    BigDecimal cumulativeQuantity,
    BigDecimal cumulativeQuote,
    BigDecimal percentFromMid) {

  /** The readout at {@code price}; empty when the book has no mid. */
  public static Optional<DepthReadout> at(
      BookSnapshot book, DepthCurve bids, DepthCurve asks, BigDecimal price) {
    Optional<BigDecimal> mid = book.mid();
    if (mid.isEmpty()) {
      return Optional.empty();
    }
    DepthCurve curve = price.compareTo(mid.get()) >= 0 ? asks : bids;
    BigDecimal pct =
        price
            .subtract(mid.get())
            .multiply(BigDecimal.valueOf(100))
            .divide(mid.get(), MathContext.DECIMAL64);
    return Optional.of(
        new DepthReadout(price, curve.side(), curve.quantityAt(price), curve.quoteAt(price), pct));
  }
}

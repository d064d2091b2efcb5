package dev.learninglab.labs.depth.model;

import java.math.BigDecimal;

/**
 * Liquidity near the price: the quantity resting within ±{@code percent} % of the mid, i.e. on
 * levels with mid·(1 − x/100) ≤ price ≤ mid·(1 + x/100), both bounds included. Computed exactly.
 */
public record BandDepth(
    BigDecimal percent,
    BigDecimal low,
    BigDecimal high,
    BigDecimal bidQuantity,
    BigDecimal askQuantity) {

  /** The band around the book's mid; both quantities zero when the book has no mid. */
  public static BandDepth of(BookSnapshot book, BigDecimal percent) {
    if (percent.signum() < 0) {
      throw new IllegalArgumentException(
          "Band percent must not be negative, got " + percent.toPlainString());
    }
    if (book.mid().isEmpty()) {
      return new BandDepth(percent, null, null, BigDecimal.ZERO, BigDecimal.ZERO);
    }
    BigDecimal mid = book.mid().get();
    BigDecimal x = percent.movePointLeft(2);
    BigDecimal low = mid.multiply(BigDecimal.ONE.subtract(x));
    BigDecimal high = mid.multiply(BigDecimal.ONE.add(x));
    return new BandDepth(
        percent, low, high, sum(book, Side.BID, low, high), sum(book, Side.ASK, low, high));
  }

  private static BigDecimal sum(BookSnapshot book, Side side, BigDecimal low, BigDecimal high) {
    BigDecimal total = BigDecimal.ZERO;
    for (Level l : book.side(side)) {
      if (l.price().compareTo(low) >= 0 && l.price().compareTo(high) <= 0) {
        total = total.add(l.quantity());
      }
    }
    return total;
  }

  /** The book cut to the levels inside the ±percent band (the whole book if it has no mid). */
  public static BookSnapshot clip(BookSnapshot book, BigDecimal percent) {
    BandDepth band = of(book, percent);
    if (band.low() == null) {
      return book;
    }
    return new BookSnapshot(
        book.lastUpdateId(),
        book.bids().stream().filter(l -> band.contains(l.price())).toList(),
        book.asks().stream().filter(l -> band.contains(l.price())).toList());
  }

  /** True when {@code price} lies in the band. */
  public boolean contains(BigDecimal price) {
    return low != null && price.compareTo(low) >= 0 && price.compareTo(high) <= 0;
  }
}

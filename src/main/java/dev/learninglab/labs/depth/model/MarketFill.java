package dev.learninglab.labs.depth.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * What a market order of a given quantity would do to the book, walking the opposite side from its
 * best level. The worst price is the first level at which the cumulative quantity reaches the
 * requested quantity, which is also the limit price that would fill the order in full.
 *
 * @param buy true for a buy (walks the asks), false for a sell (walks the bids)
 * @param requested the quantity asked for
 * @param filled the quantity the book can give (= requested when complete)
 * @param worstPrice price of the last level touched; empty when the book is empty
 * @param averagePrice Σ price·taken / filled, 34 significant digits; empty when nothing filled
 * @param notional Σ price·taken in the quote currency
 * @param levelsUsed how many levels the order touches
 * @param complete whether the side holds enough quantity
 */
public record MarketFill(
    boolean buy,
    BigDecimal requested,
    BigDecimal filled,
    Optional<BigDecimal> worstPrice,
    Optional<BigDecimal> averagePrice,
    BigDecimal notional,
    int levelsUsed,
    boolean complete) {

  /** Walks the book for a market order of {@code quantity} (must be positive). */
  public static MarketFill of(BookSnapshot book, boolean buy, BigDecimal quantity) {
    if (quantity.signum() <= 0) {
      throw new IllegalArgumentException(
          "Fill quantity must be positive, got " + quantity.toPlainString());
    }
    List<Level> levels = book.side(Side.consumedBy(buy));
    BigDecimal left = quantity;
    BigDecimal notional = BigDecimal.ZERO;
    BigDecimal worst = null;
    int used = 0;
    for (Level l : levels) {
      if (left.signum() <= 0) {
        break;
      }
      BigDecimal take = l.quantity().min(left);
      notional = notional.add(take.multiply(l.price()));
      left = left.subtract(take);
      worst = l.price();
      used++;
    }
    BigDecimal filled = quantity.subtract(left.max(BigDecimal.ZERO));
    Optional<BigDecimal> average =
        filled.signum() == 0
            ? Optional.empty()
            : Optional.of(notional.divide(filled, MathContext.DECIMAL128));
    return new MarketFill(
        buy,
        quantity,
        filled,
        Optional.ofNullable(worst),
        average,
        notional,
        used,
        left.signum() <= 0);
  }

  /**
   * Slippage of the average price against the best price of the side, as a fraction (0.001 = 0.1
   * %), signed so that a worse price is positive for buys and sells alike.
   */
  public Optional<BigDecimal> slippage(BookSnapshot book) {
    Optional<BigDecimal> best = buy ? book.bestAsk() : book.bestBid();
    if (best.isEmpty() || averagePrice.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal diff = averagePrice.get().subtract(best.get());
    return Optional.of((buy ? diff : diff.negate()).divide(best.get(), MathContext.DECIMAL64));
  }
}

package dev.learninglab.labs.depth.model;

import java.math.BigDecimal;

/** One price level of an order book: a price and the total quantity resting there. */
public record Level(BigDecimal price, BigDecimal quantity) {

  /** Price times quantity, in the quote currency (USDT for FTMUSDT). */
  public BigDecimal notional() {
    return price.multiply(quantity);
  }
}

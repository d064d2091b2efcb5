package dev.learninglab.labs.depth.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An immutable picture of an order book at one update id: bids best (highest) first, asks best
 * (lowest) first. Everything the chart and the CLI compute starts from one of these, so a view can
 * read it while the live book keeps changing.
 */
public record BookSnapshot(long lastUpdateId, List<Level> bids, List<Level> asks) {
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  public BookSnapshot {
    bids = List.copyOf(bids);
    asks = List.copyOf(asks);
  }

  /** The levels of one side, best first. */
  public List<Level> side(Side side) {
    return side == Side.BID ? bids : asks;
  }

  /**
   * The best {@code levels} of each side, as Binance's REST {@code limit} returns them (the article
   * asked for 100).
   */
  public BookSnapshot top(int levels) {
    if (levels < 1) {
      throw new IllegalArgumentException("levels must be at least 1, got " + levels);
    }
    return new BookSnapshot(
        lastUpdateId,
        bids.subList(0, Math.min(levels, bids.size())),
        asks.subList(0, Math.min(levels, asks.size())));
  }

  public Optional<BigDecimal> bestBid() {
    return bids.isEmpty() ? Optional.empty() : Optional.of(bids.get(0).price());
  }

  public Optional<BigDecimal> bestAsk() {
    return asks.isEmpty() ? Optional.empty() : Optional.of(asks.get(0).price());
  }

  /** (best bid + best ask) / 2, exact; empty when a side is empty. */
  public Optional<BigDecimal> mid() {
    return both().map(p -> p[0].add(p[1]).divide(TWO));
  }

  /** best ask − best bid; empty when a side is empty. */
  public Optional<BigDecimal> spread() {
    return both().map(p -> p[1].subtract(p[0]));
  }

  /**
   * True when the best bid is at or above the best ask: a real exchange would have matched them, so
   * the data is out of sync or made up, and spread and mid mean little.
   */
  public boolean crossed() {
    return both().map(p -> p[0].compareTo(p[1]) >= 0).orElse(false);
  }

  private Optional<BigDecimal[]> both() {
    if (bids.isEmpty() || asks.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal[] {bids.get(0).price(), asks.get(0).price()});
  }
}

package dev.learninglab.labs.depth.model;

import java.util.List;

/**
 * One Binance diff-depth event ({@code depthUpdate}): the update ids it covers, {@code
 * firstUpdateId} (U) to {@code finalUpdateId} (u), and the levels whose absolute quantity changed
 * (zero meaning "remove").
 *
 * @param eventTime the exchange's event time E in epoch milliseconds (drives replay pacing)
 */
public record DepthUpdate(
    long eventTime,
    String symbol,
    long firstUpdateId,
    long finalUpdateId,
    List<Level> bids,
    List<Level> asks) {

  public DepthUpdate {
    if (finalUpdateId < firstUpdateId) {
      throw new DepthFormatException(
          "depthUpdate has u=" + finalUpdateId + " below U=" + firstUpdateId);
    }
    bids = List.copyOf(bids);
    asks = List.copyOf(asks);
  }

  /** Writes the changes into the book (absolute quantities, zero removes). */
  public void applyTo(OrderBook book) {
    bids.forEach(l -> book.set(Side.BID, l.price(), l.quantity()));
    asks.forEach(l -> book.set(Side.ASK, l.price(), l.quantity()));
    book.setLastUpdateId(finalUpdateId);
  }
}

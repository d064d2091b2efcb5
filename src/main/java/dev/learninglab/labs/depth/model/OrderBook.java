package dev.learninglab.labs.depth.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A local order book that changes: price levels keyed by exact price, with Binance's update
 * semantics (a level's quantity is absolute; quantity zero removes the level). Not thread-safe: one
 * feed thread owns it and hands {@link #snapshot()}s to readers.
 */
public final class OrderBook {
  private final NavigableMap<BigDecimal, BigDecimal> bids =
      new TreeMap<>(Collections.reverseOrder());
  private final NavigableMap<BigDecimal, BigDecimal> asks = new TreeMap<>();
  private long lastUpdateId;

  /** A book holding the levels of {@code snapshot}. */
  public static OrderBook of(BookSnapshot snapshot) {
    OrderBook book = new OrderBook();
    book.load(snapshot);
    return book;
  }

  /** Replaces the whole content with the snapshot's. */
  public void load(BookSnapshot snapshot) {
    bids.clear();
    asks.clear();
    snapshot.bids().forEach(l -> set(Side.BID, l.price(), l.quantity()));
    snapshot.asks().forEach(l -> set(Side.ASK, l.price(), l.quantity()));
    lastUpdateId = snapshot.lastUpdateId();
  }

  /** Empties the book (used when synchronisation is lost). */
  public void clear() {
    bids.clear();
    asks.clear();
    lastUpdateId = 0;
  }

  /**
   * Sets the absolute quantity at a price; zero removes the level. Removing a level that is not
   * there is normal on Binance (the level may lie beyond the snapshot's depth) and does nothing.
   */
  public void set(Side side, BigDecimal price, BigDecimal quantity) {
    Map<BigDecimal, BigDecimal> levels = side == Side.BID ? bids : asks;
    // stripping makes 0.34000000 and 0.34 the same key, as they are the same price
    BigDecimal key = price.stripTrailingZeros();
    if (quantity.signum() == 0) {
      levels.remove(key);
    } else {
      levels.put(key, quantity);
    }
  }

  public long lastUpdateId() {
    return lastUpdateId;
  }

  public void setLastUpdateId(long id) {
    lastUpdateId = id;
  }

  /** An immutable copy, best levels first on both sides. */
  public BookSnapshot snapshot() {
    return new BookSnapshot(lastUpdateId, copy(bids), copy(asks));
  }

  private static List<Level> copy(Map<BigDecimal, BigDecimal> levels) {
    List<Level> out = new ArrayList<>(levels.size());
    levels.forEach((p, q) -> out.add(new Level(p, q)));
    return out;
  }
}

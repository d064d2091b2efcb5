package dev.learninglab.labs.depth.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coarser price levels, as exchanges show with "0.0001 / 0.001 / 0.01" buttons: each level's price
 * is moved to a multiple of the tick — bids down, asks up, so a grouped level never looks better
 * than the orders inside it — and quantities on the same multiple are summed.
 */
public final class TickGrouping {
  private TickGrouping() {}

  /** The book with both sides grouped to {@code tick}. */
  public static BookSnapshot group(BookSnapshot book, BigDecimal tick) {
    if (tick.signum() <= 0) {
      throw new IllegalArgumentException("Tick size must be positive, got " + tick.toPlainString());
    }
    return new BookSnapshot(
        book.lastUpdateId(),
        group(book.bids(), tick, RoundingMode.FLOOR),
        group(book.asks(), tick, RoundingMode.CEILING));
  }

  private static List<Level> group(List<Level> levels, BigDecimal tick, RoundingMode mode) {
    // levels arrive best first and rounding is monotone, so equal buckets are adjacent and the
    // insertion order stays best first
    Map<BigDecimal, BigDecimal> buckets = new LinkedHashMap<>();
    for (Level l : levels) {
      BigDecimal bucket = l.price().divide(tick, 0, mode).multiply(tick);
      buckets.merge(bucket, l.quantity(), BigDecimal::add);
    }
    return buckets.entrySet().stream().map(e -> new Level(e.getKey(), e.getValue())).toList();
  }
}

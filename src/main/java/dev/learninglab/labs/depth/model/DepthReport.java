package dev.learninglab.labs.depth.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CLI's JSON summary of a book: best prices, mid, spread, level counts, sync counters, the fill
 * of a market buy and sell of the same quantity, and the ±band liquidity. Decimals are plain
 * strings without trailing zeros, so no digit is lost to binary floating point; absent values
 * (empty side, no fill asked, quantity the book cannot fill) are null.
 */
public final class DepthReport {
  private DepthReport() {}

  /** The report as an ordered map, ready for Jackson. */
  public static Map<String, Object> of(
      BookSnapshot book,
      long eventsApplied,
      int resyncs,
      BigDecimal bandPercent,
      Optional<BigDecimal> fillQuantity) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("bestBid", text(book.bestBid()));
    out.put("bestAsk", text(book.bestAsk()));
    out.put("mid", text(book.mid()));
    out.put("spread", text(book.spread()));
    out.put("bidLevels", book.bids().size());
    out.put("askLevels", book.asks().size());
    out.put("lastUpdateId", book.lastUpdateId());
    out.put("eventsApplied", eventsApplied);
    out.put("resyncs", resyncs);
    out.put("fill", fillQuantity.map(q -> fills(book, q)).orElse(null));
    BandDepth band = BandDepth.of(book, bandPercent);
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("percent", text(band.percent()));
    b.put("bidQuantity", text(band.bidQuantity()));
    b.put("askQuantity", text(band.askQuantity()));
    out.put("band", b);
    return out;
  }

  private static Map<String, Object> fills(BookSnapshot book, BigDecimal quantity) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("buy", fill(MarketFill.of(book, true, quantity)));
    f.put("sell", fill(MarketFill.of(book, false, quantity)));
    return f;
  }

  private static Map<String, Object> fill(MarketFill fill) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("quantity", text(fill.requested()));
    // a fill the book cannot complete has no worst or average price for the requested size
    m.put("worstPrice", fill.complete() ? text(fill.worstPrice()) : null);
    m.put("averagePrice", fill.complete() ? text(fill.averagePrice()) : null);
    return m;
  }

  /** A decimal as a plain string without trailing zeros ("0.34002", "1500"). */
  public static String text(BigDecimal value) {
    if (value.signum() == 0) {
      return "0";
    }
    return value.stripTrailingZeros().toPlainString();
  }

  private static String text(Optional<BigDecimal> value) {
    return value.map(DepthReport::text).orElse(null);
  }
}

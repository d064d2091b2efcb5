package dev.learninglab.labs.depth.io;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The two assets of a trading pair, for axis units: FTMUSDT trades FTM (the base, the quantity)
 * priced in USDT (the quote). Binance symbols carry no separator, so the quote is recognised by its
 * suffix.
 */
public record AssetPair(String base, String quote) {
  private static final List<String> QUOTES =
      List.of("FDUSD", "USDT", "USDC", "BUSD", "TUSD", "BTC", "ETH", "BNB", "EUR", "TRY", "BRL");

  /** The pair of a Binance symbol, or empty when its quote asset is not a known one. */
  public static Optional<AssetPair> of(String symbol) {
    String s = symbol == null ? "" : symbol.strip().toUpperCase(Locale.ROOT);
    for (String q : QUOTES) {
      if (s.endsWith(q) && s.length() > q.length()) {
        return Optional.of(new AssetPair(s.substring(0, s.length() - q.length()), q));
      }
    }
    return Optional.empty();
  }
}

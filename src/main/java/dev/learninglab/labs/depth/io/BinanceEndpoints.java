package dev.learninglab.labs.depth.io;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The two Binance addresses a live feed uses, and the checks on what the learner types: a symbol
 * such as ETHUSDT and a depth limit from 1 to 5000. Tests point both at a fake server on 127.0.0.1.
 *
 * @param rest base of the REST API, e.g. https://api.binance.com
 * @param websocket base of the stream API, e.g. wss://stream.binance.com:9443
 */
public record BinanceEndpoints(URI rest, URI websocket) {
  public static final int MAX_LIMIT = 5000;
  private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9]{2,20}");

  public static BinanceEndpoints production() {
    return new BinanceEndpoints(
        URI.create("https://api.binance.com"), URI.create("wss://stream.binance.com:9443"));
  }

  /** GET /api/v3/depth for the symbol, after validating both arguments. */
  public URI depth(String symbol, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "Depth limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    return URI.create(rest + "/api/v3/depth?symbol=" + symbol(symbol) + "&limit=" + limit);
  }

  /** The raw diff-depth stream of the symbol, 100 ms updates. */
  public URI diffStream(String symbol) {
    return URI.create(
        websocket + "/ws/" + symbol(symbol).toLowerCase(Locale.ROOT) + "@depth@100ms");
  }

  /** The symbol in Binance's upper-case form, or a clear error. */
  public static String symbol(String symbol) {
    String s = symbol == null ? "" : symbol.trim().toUpperCase(Locale.ROOT);
    if (!SYMBOL.matcher(s).matches()) {
      throw new IllegalArgumentException(
          "Symbol `" + symbol + "` is not a Binance symbol (2–20 letters or digits, e.g. ETHUSDT)");
    }
    return s;
  }
}

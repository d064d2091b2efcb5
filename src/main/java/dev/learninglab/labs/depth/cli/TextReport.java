package dev.learninglab.labs.depth.cli;

import static dev.learninglab.labs.depth.model.DepthTexts.T;

import java.io.PrintWriter;
import java.util.Map;

/**
 * The depth command's human-readable output: the JSON report's fields, one per line, named in the
 * language of the messages (English keeps the JSON names).
 */
final class TextReport {
  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("bestBid", "depth.cli.key.bestBid"),
          Map.entry("bestAsk", "depth.cli.key.bestAsk"),
          Map.entry("mid", "depth.cli.key.mid"),
          Map.entry("spread", "depth.cli.key.spread"),
          Map.entry("bidLevels", "depth.cli.key.bidLevels"),
          Map.entry("askLevels", "depth.cli.key.askLevels"),
          Map.entry("lastUpdateId", "depth.cli.key.lastUpdateId"),
          Map.entry("eventsApplied", "depth.cli.key.eventsApplied"),
          Map.entry("resyncs", "depth.cli.key.resyncs"),
          Map.entry("fill", "depth.cli.key.fill"),
          Map.entry("buy", "depth.cli.key.buy"),
          Map.entry("sell", "depth.cli.key.sell"),
          Map.entry("quantity", "depth.cli.key.quantity"),
          Map.entry("worstPrice", "depth.cli.key.worstPrice"),
          Map.entry("averagePrice", "depth.cli.key.averagePrice"),
          Map.entry("band", "depth.cli.key.band"),
          Map.entry("percent", "depth.cli.key.percent"),
          Map.entry("bidQuantity", "depth.cli.key.bidQuantity"),
          Map.entry("askQuantity", "depth.cli.key.askQuantity"));

  private TextReport() {}

  static void print(PrintWriter out, Map<String, Object> report) {
    print(out, report, "");
    out.flush();
  }

  @SuppressWarnings("unchecked")
  private static void print(PrintWriter out, Map<String, Object> map, String indent) {
    map.forEach(
        (k, v) -> {
          if (v instanceof Map<?, ?> m) {
            out.println(indent + label(k) + ":");
            print(out, (Map<String, Object>) m, indent + "  ");
          } else {
            out.println(indent + label(k) + ": " + (v == null ? "-" : v));
          }
        });
  }

  private static String label(String field) {
    String key = LABELS.get(field);
    return key == null ? field : T.get(key);
  }
}

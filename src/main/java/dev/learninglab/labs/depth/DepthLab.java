package dev.learninglab.labs.depth;

import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.labs.depth.view.DepthView;
import java.util.Optional;
import javax.swing.JComponent;

/**
 * The order-book lab: from a table of price levels to the depth chart, on a replayed or live book.
 */
public final class DepthLab implements Lab {
  @Override
  public String id() {
    return "depth";
  }

  @Override
  public String title() {
    return "Order-book depth";
  }

  @Override
  public int rank() {
    return 80;
  }

  @Override
  public String summary() {
    return "Read an exchange order book as a depth chart: liquidity near the price and what a market order would cost.";
  }

  @Override
  public String helpHtml() {
    return "<html><h2>Order-book depth chart</h2>"
        + "<p>An order book lists resting buy orders (bids) and sell orders (asks) by price. The tabs "
        + "1–5 follow the tutorial: the raw table, statistics by side, a scatter, a count histogram "
        + "(which hides volume) and a quantity-weighted histogram. The <b>depth chart</b> is the "
        + "quantity-weighted cumulative distribution: asks summed from the best ask up (red), bids "
        + "from the best bid down (green).</p>"
        + "<p>Hover to read price, cumulative quantity, notional and distance from the mid. Type a "
        + "quantity in <i>fill N units</i> to see where a market buy and sell of that size would "
        + "end, their average price and slippage. The band buttons zoom to ±1/2/5/10 % of the mid.</p>"
        + "<p>Sources: a <b>simulated</b> book (offline default, made up by the lab), the recorded "
        + "FTMUSDT snapshot and its 229 stream events, your own snapshot file, or live Binance. The "
        + "status line shows the update id, events applied and resyncs of Binance's local-book "
        + "procedure.</p>"
        + "<p>CLI: <code>learning-lab depth --snapshot FILE [--updates FILE.jsonl] [--band PERCENT] "
        + "[--fill QTY] [--png OUT] [--json]</code></p></html>";
  }

  @Override
  public JComponent createView(LabContext context) {
    return new DepthView(context);
  }

  @Override
  public Optional<Object> command() {
    return Optional.of(new DepthCommand());
  }
}

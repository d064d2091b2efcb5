package dev.learninglab.labs.depth.io;

import static dev.learninglab.labs.depth.model.DepthTexts.T;

import dev.learninglab.labs.depth.model.DepthReadout;
import dev.learninglab.labs.depth.model.DepthReport;
import java.math.MathContext;
import java.util.Locale;

/** The crosshair's text: price, cumulative quantity, notional, distance from the mid. */
public final class ReadoutText {
  private ReadoutText() {}

  public static String[] lines(DepthReadout r) {
    MathContext eight = new MathContext(8);
    return new String[] {
      T.get("depth.readout.price", DepthReport.text(r.price()), r.side().plural()),
      T.get("depth.readout.quantity", DepthReport.text(r.cumulativeQuantity().round(eight))),
      T.get("depth.readout.notional", DepthReport.text(r.cumulativeQuote().round(eight))),
      T.get(
          "depth.readout.fromMid",
          String.format(Locale.ROOT, "%+.3f", r.percentFromMid().doubleValue()))
    };
  }
}

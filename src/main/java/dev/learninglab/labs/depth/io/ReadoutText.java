package dev.learninglab.labs.depth.io;

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
      "price " + DepthReport.text(r.price()) + "  (" + r.side().label() + "s)",
      "cum. quantity " + DepthReport.text(r.cumulativeQuantity().round(eight)),
      "notional " + DepthReport.text(r.cumulativeQuote().round(eight)),
      String.format(Locale.ROOT, "%+.3f %% from mid", r.percentFromMid().doubleValue())
    };
  }
}

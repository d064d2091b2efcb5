package dev.learninglab.labs.depth.model;

import static dev.learninglab.labs.depth.model.DepthTexts.T;

/** The two sides of an order book: resting buy orders (bids) and resting sell orders (asks). */
public enum Side {
  BID,
  ASK;

  /** The side a market order of this direction consumes: a buy eats asks, a sell eats bids. */
  public static Side consumedBy(boolean buy) {
    return buy ? ASK : BID;
  }

  /** The side's English name, as the command line and its JSON print it. */
  public String label() {
    return this == BID ? "bid" : "ask";
  }

  /** The side in the plural in the current language, as views and charts show it. */
  public String plural() {
    return this == BID ? T.get("depth.side.bids") : T.get("depth.side.asks");
  }
}

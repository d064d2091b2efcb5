package dev.learninglab.labs.depth.model;

/** The two sides of an order book: resting buy orders (bids) and resting sell orders (asks). */
public enum Side {
  BID,
  ASK;

  /** The side a market order of this direction consumes: a buy eats asks, a sell eats bids. */
  public static Side consumedBy(boolean buy) {
    return buy ? ASK : BID;
  }

  public String label() {
    return this == BID ? "bid" : "ask";
  }
}

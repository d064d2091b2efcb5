package dev.learninglab.labs.depth.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The tutorial's first step: the book as one table of rows (side, price, quantity), bids then asks,
 * with the columns as doubles for the describe, scatter and histogram views.
 */
public final class LevelTable {
  /** One row of the table. */
  public record Row(Side side, Level level) {}

  private final BookSnapshot book;

  private LevelTable(BookSnapshot book) {
    this.book = book;
  }

  public static LevelTable of(BookSnapshot book) {
    return new LevelTable(book);
  }

  public List<Row> rows() {
    List<Row> out = new ArrayList<>(book.bids().size() + book.asks().size());
    book.bids().forEach(l -> out.add(new Row(Side.BID, l)));
    book.asks().forEach(l -> out.add(new Row(Side.ASK, l)));
    return out;
  }

  public double[] prices(Side side) {
    return book.side(side).stream().mapToDouble(l -> l.price().doubleValue()).toArray();
  }

  public double[] quantities(Side side) {
    return book.side(side).stream().mapToDouble(l -> l.quantity().doubleValue()).toArray();
  }

  /** Prices of both sides, bids first, as the tutorial's single price column. */
  public double[] allPrices() {
    return concat(prices(Side.BID), prices(Side.ASK));
  }

  public double[] allQuantities() {
    return concat(quantities(Side.BID), quantities(Side.ASK));
  }

  private static double[] concat(double[] a, double[] b) {
    double[] out = new double[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}

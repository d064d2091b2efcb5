package dev.learninglab.labs.depth.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Small hand-made books for tests: "price@qty" strings, best first. */
final class Books {
  private Books() {}

  /** bids 99@2 98@3 97@5, asks 101@1 102@4 104@10: mid 100, spread 2. */
  static BookSnapshot hand() {
    return book(10, List.of("99@2", "98@3", "97@5"), List.of("101@1", "102@4", "104@10"));
  }

  static BookSnapshot book(long id, List<String> bids, List<String> asks) {
    return new BookSnapshot(id, levels(bids), levels(asks));
  }

  static List<Level> levels(List<String> specs) {
    List<Level> out = new ArrayList<>();
    for (String s : specs) {
      String[] pq = s.split("@");
      out.add(new Level(new BigDecimal(pq[0]), new BigDecimal(pq[1])));
    }
    return out;
  }

  static DepthUpdate event(long first, long last, List<String> bids, List<String> asks) {
    return new DepthUpdate(first * 100, "TEST", first, last, levels(bids), levels(asks));
  }

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }
}

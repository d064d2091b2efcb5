package dev.learninglab.labs.depth.model;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The article's reading of a depth chart, asked of the book on show: "to buy Q with confidence, bid
 * about where the ask curve reaches Q". Its own answer (about 3392.5 USD for 50 ETH) came from a
 * live ETHUSDT book that nobody can load again, so the lab asks the same question of its books.
 */
public final class ArticleQuestion {
  /** The article's quantity and its reading on its live ETHUSDT book. */
  public static final BigDecimal ARTICLE_QUANTITY = new BigDecimal("50");

  public static final String ARTICLE_ANSWER = "about 3392.5 USD for 50 ETH";

  private ArticleQuestion() {}

  /** The answer in the article's words, for a buy of {@code quantity} of {@code unit}. */
  public static String answer(BookSnapshot book, BigDecimal quantity, String unit) {
    MarketFill buy = MarketFill.of(book, true, quantity);
    String q = DepthReport.text(quantity) + (unit.isEmpty() ? "" : " " + unit);
    if (!buy.complete()) {
      return String.format(
          "To buy %s with confidence, bid where the ask curve reaches %s: it never does here — the"
              + " asks on show hold only %s. (The article read %s on its live book.)",
          q, q, DepthReport.text(buy.filled()), ARTICLE_ANSWER);
    }
    return String.format(
        "To buy %s with confidence, bid where the ask curve reaches %s: here that is %s (the"
            + " order takes %s). A market buy of %s would pay %s on average. (The article read %s"
            + " on its live book.)",
        q,
        q,
        DepthReport.text(buy.worstPrice().orElseThrow()),
        buy.levelsUsed() == 1 ? "the best ask level only" : buy.levelsUsed() + " ask levels",
        q,
        DepthReport.text(buy.averagePrice().orElseThrow().round(new MathContext(8))),
        ARTICLE_ANSWER);
  }
}

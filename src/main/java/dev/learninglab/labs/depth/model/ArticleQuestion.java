package dev.learninglab.labs.depth.model;

import static dev.learninglab.labs.depth.model.DepthTexts.T;

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

  private ArticleQuestion() {}

  /** The answer in the article's words, for a buy of {@code quantity} of {@code unit}. */
  public static String answer(BookSnapshot book, BigDecimal quantity, String unit) {
    MarketFill buy = MarketFill.of(book, true, quantity);
    String q = DepthReport.text(quantity) + (unit.isEmpty() ? "" : " " + unit);
    if (!buy.complete()) {
      return T.get(
          "depth.question.never",
          q,
          DepthReport.text(buy.filled()),
          T.get("depth.question.article"));
    }
    return T.get(
        "depth.question.answer",
        q,
        DepthReport.text(buy.worstPrice().orElseThrow()),
        buy.levelsUsed(),
        DepthReport.text(buy.averagePrice().orElseThrow().round(new MathContext(8))),
        T.get("depth.question.article"));
  }
}

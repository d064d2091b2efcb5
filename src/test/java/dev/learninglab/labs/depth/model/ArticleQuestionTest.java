package dev.learninglab.labs.depth.model;

import static dev.learninglab.labs.depth.model.Books.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArticleQuestionTest {
  private final BookSnapshot book = Books.hand(); // asks 101@1 102@4 104@10

  @Test
  void readsThePriceWhereTheAskCurveReachesTheQuantity() {
    // cumulative asks 1, 5, 15: three units are there at 102; (101·1 + 102·2) / 3 = 101.66666…
    assertThat(ArticleQuestion.answer(book, d("3"), "ETH"))
        .contains("To buy 3 ETH with confidence")
        .contains("here that is 102 (the order takes 2 ask levels)")
        .contains("pay 101.66667 on average")
        .contains("about 3392.5 USD for 50 ETH");
    assertThat(ArticleQuestion.answer(book, d("1"), "")).contains("the best ask level only");
  }

  @Test
  void saysSoWhenTheAsksOnShowCannotFillIt() {
    assertThat(ArticleQuestion.answer(book.top(1), d("3"), "ETH"))
        .contains("it never does here")
        .contains("hold only 1");
  }

  @Test
  void topKeepsTheBestLevelsOfEachSide() {
    BookSnapshot top = book.top(2);
    assertThat(top.bids()).extracting(l -> l.price().toPlainString()).containsExactly("99", "98");
    assertThat(top.asks()).extracting(l -> l.price().toPlainString()).containsExactly("101", "102");
    assertThat(book.top(100)).isEqualTo(book);
    assertThatThrownBy(() -> book.top(0)).hasMessageContaining("at least 1");
  }
}

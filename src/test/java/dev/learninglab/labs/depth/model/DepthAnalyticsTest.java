package dev.learninglab.labs.depth.model;

import static dev.learninglab.labs.depth.model.Books.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cumulative depth, fills, band and grouping on a book small enough to compute by hand. */
class DepthAnalyticsTest {
  private final BookSnapshot book = Books.hand(); // bids 99@2 98@3 97@5, asks 101@1 102@4 104@10

  @Test
  void askCurveIsTheQuantityWeightedEcdfFromTheBestAskUp() {
    DepthCurve asks = DepthCurve.of(book, Side.ASK);
    assertThat(asks.points())
        .extracting(DepthCurve.Point::cumulativeQuantity)
        .containsExactly(d("1"), d("5"), d("15"));
    // 101·1, + 102·4 = 509, + 104·10 = 1549
    assertThat(asks.points())
        .extracting(DepthCurve.Point::cumulativeQuote)
        .containsExactly(d("101"), d("509"), d("1549"));
    assertThat(asks.quantityAt(d("100.5"))).isEqualByComparingTo("0");
    assertThat(asks.quantityAt(d("101"))).isEqualByComparingTo("1");
    assertThat(asks.quantityAt(d("103"))).isEqualByComparingTo("5");
    assertThat(asks.quantityAt(d("104"))).isEqualByComparingTo("15");
    assertThat(asks.quantityAt(d("1000"))).isEqualByComparingTo("15");
    assertThat(asks.quoteAt(d("103.99"))).isEqualByComparingTo("509");
  }

  @Test
  void bidCurveIsTheComplementaryEcdfFromTheBestBidDown() {
    DepthCurve bids = DepthCurve.of(book, Side.BID);
    assertThat(bids.points())
        .extracting(DepthCurve.Point::cumulativeQuantity)
        .containsExactly(d("2"), d("5"), d("10"));
    assertThat(bids.quantityAt(d("99.5"))).isEqualByComparingTo("0");
    assertThat(bids.quantityAt(d("99"))).isEqualByComparingTo("2");
    assertThat(bids.quantityAt(d("98.5"))).isEqualByComparingTo("2");
    assertThat(bids.quantityAt(d("98"))).isEqualByComparingTo("5");
    assertThat(bids.quantityAt(d("1"))).isEqualByComparingTo("10");
    assertThat(bids.quoteAt(d("97"))).isEqualByComparingTo("977"); // 198 + 294 + 485
  }

  @Test
  void buyFillEndsAtTheFirstLevelWhereCumulativeQuantityReachesTheOrder() {
    MarketFill exact = MarketFill.of(book, true, d("5"));
    assertThat(exact.worstPrice()).contains(d("102"));
    assertThat(exact.averagePrice().orElseThrow()).isEqualByComparingTo("101.8"); // (101 + 408) / 5
    assertThat(exact.levelsUsed()).isEqualTo(2);
    assertThat(exact.complete()).isTrue();
    assertThat(exact.slippage(book).orElseThrow())
        .isEqualByComparingTo("0.007920792079207921"); // 0.8/101

    MarketFill partialLevel = MarketFill.of(book, true, d("6"));
    assertThat(partialLevel.worstPrice()).contains(d("104"));
    // (101 + 408 + 104) / 6 = 102.1666…, 34 significant digits
    assertThat(partialLevel.averagePrice().orElseThrow().toPlainString())
        .isEqualTo("102.1666666666666666666666666666667");
    assertThat(partialLevel.notional()).isEqualByComparingTo("613");
  }

  @Test
  void sellFillWalksTheBidsDown() {
    MarketFill sell = MarketFill.of(book, false, d("4"));
    assertThat(sell.worstPrice()).contains(d("98"));
    assertThat(sell.averagePrice().orElseThrow()).isEqualByComparingTo("98.5"); // (198 + 196) / 4
    assertThat(sell.slippage(book).orElseThrow())
        .isEqualByComparingTo("0.005050505050505051"); // 0.5/99
  }

  @Test
  void fillBeyondTheBookIsIncompleteAndSaysHowMuchIsThere() {
    MarketFill tooBig = MarketFill.of(book, true, d("16"));
    assertThat(tooBig.complete()).isFalse();
    assertThat(tooBig.filled()).isEqualByComparingTo("15");
    assertThat(tooBig.worstPrice()).contains(d("104"));
    assertThat(MarketFill.of(Books.book(1, List.of(), List.of()), true, d("1")).averagePrice())
        .isEmpty();
    assertThatThrownBy(() -> MarketFill.of(book, true, d("0")))
        .hasMessage("Fill quantity must be positive, got 0");
  }

  @Test
  void bandIncludesBothBounds() {
    BandDepth one = BandDepth.of(book, d("1")); // [99, 101]
    assertThat(one.low()).isEqualByComparingTo("99");
    assertThat(one.high()).isEqualByComparingTo("101");
    assertThat(one.bidQuantity()).isEqualByComparingTo("2");
    assertThat(one.askQuantity()).isEqualByComparingTo("1");
    BandDepth two = BandDepth.of(book, d("2")); // [98, 102]
    assertThat(two.bidQuantity()).isEqualByComparingTo("5");
    assertThat(two.askQuantity()).isEqualByComparingTo("5");
    BandDepth half = BandDepth.of(book, d("0.5"));
    assertThat(half.bidQuantity()).isEqualByComparingTo("0");
    assertThat(half.askQuantity()).isEqualByComparingTo("0");
  }

  @Test
  void tickGroupingRoundsBidsDownAsksUpAndSums() {
    BookSnapshot g = TickGrouping.group(book, d("2"));
    assertThat(g.bids()).containsExactly(new Level(d("98"), d("5")), new Level(d("96"), d("5")));
    assertThat(g.asks()).containsExactly(new Level(d("102"), d("5")), new Level(d("104"), d("10")));
    assertThatThrownBy(() -> TickGrouping.group(book, BigDecimal.ZERO))
        .hasMessageContaining("positive");
  }

  @Test
  void readoutPicksTheSideByMidAndMeasuresDistance() {
    DepthReadout r =
        DepthReadout.at(
                book, DepthCurve.of(book, Side.BID), DepthCurve.of(book, Side.ASK), d("102.5"))
            .orElseThrow();
    assertThat(r.side()).isEqualTo(Side.ASK);
    assertThat(r.cumulativeQuantity()).isEqualByComparingTo("5");
    assertThat(r.cumulativeQuote()).isEqualByComparingTo("509");
    assertThat(r.percentFromMid()).isEqualByComparingTo("2.5");
  }

  @Test
  void reportPrintsDecimalsAsPlainStrings() {
    var report = DepthReport.of(book, 3, 1, d("2"), java.util.Optional.of(d("6")));
    assertThat(report)
        .containsEntry("mid", "100")
        .containsEntry("spread", "2")
        .containsEntry("bidLevels", 3);
    assertThat(report.get("fill").toString())
        .isEqualTo(
            "{buy={quantity=6, worstPrice=104, averagePrice=102.1666666666666666666666666666667},"
                + " sell={quantity=6, worstPrice=97, averagePrice=98.16666666666666666666666666666667}}");
    assertThat(report.get("band").toString())
        .isEqualTo("{percent=2, bidQuantity=5, askQuantity=5}");
  }
}

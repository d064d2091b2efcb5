package dev.learninglab.labs.depth.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.labs.depth.model.BookSnapshot;
import dev.learninglab.labs.depth.model.DepthJson;
import dev.learninglab.labs.depth.model.TickGrouping;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the chart draws and reads, without a display. */
class DepthSeriesTest {
  private final BookSnapshot book =
      DepthJson.parseSnapshot(
          "{\"lastUpdateId\":1,\"bids\":[[\"99.4\",\"2\"],[\"98.7\",\"3\"]],\"asks\":[[\"100.6\",\"1\"],[\"101.2\",\"4\"]]}",
          "t");

  @Test
  void groupedPictureKeepsTheRealMidAndReadsTheGroupedCurve() {
    BookSnapshot grouped =
        TickGrouping.group(book, BigDecimal.ONE); // bids 99@2 98@3, asks 101@1 102@4
    DepthSeries s = new DepthSeries(book, grouped);
    assertThat(s.mid).isEqualTo(100.0);
    assertThat(s.asks.price).containsExactly(101.0, 102.0);
    assertThat(s.asks.quantity).containsExactly(1.0, 5.0);
    assertThat(s.bids.quote).containsExactly(198.0, 492.0);
  }

  @Test
  void crosshairReadsTheStepUnderThePixel() {
    DepthSeries s = new DepthSeries(book);
    ChartSettings settings = new ChartSettings(2, false, Optional.empty());
    ChartFrame f = new ChartFrame(1000, 600, s, settings); // prices 98 … 102 across the plot
    int x = (int) Math.round(f.px(101.0));
    var r = DepthChartPainter.readout(f, s, x).orElseThrow();
    assertThat(r.cumulativeQuantity()).isEqualByComparingTo("1"); // only 100.6 is ≤ ~101.0
    assertThat(r.percentFromMid().doubleValue())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
    // y axis reaches the larger side's total inside the band, plus headroom
    assertThat(f.yMax).isEqualTo(5 * 1.08);
  }
}

package dev.learninglab.labs.depth.model;

import static dev.learninglab.labs.depth.model.Books.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DepthJsonTest {

  @Test
  void parsesSnapshotSortsSidesBestFirstAndDropsZeroQuantities() {
    BookSnapshot b =
        DepthJson.parseSnapshot(
            "{\"lastUpdateId\":77,\"bids\":[[\"9.50\",\"1\"],[\"9.90\",\"2.5\"],[\"9.80\",\"0.000\"]],"
                + "\"asks\":[[\"10.20\",\"3\"],[\"10.10\",\"4\"]]}",
            "t");
    assertThat(b.lastUpdateId()).isEqualTo(77);
    assertThat(b.bids()).extracting(Level::price).containsExactly(d("9.90"), d("9.50"));
    assertThat(b.asks()).extracting(Level::price).containsExactly(d("10.10"), d("10.20"));
    assertThat(b.bestBid()).contains(d("9.90"));
    assertThat(b.mid()).contains(d("10.00"));
    assertThat(b.spread()).contains(d("0.20"));
  }

  @Test
  void emptySidesHaveNoBestPriceMidOrSpread() {
    BookSnapshot b =
        DepthJson.parseSnapshot("{\"lastUpdateId\":1,\"bids\":[],\"asks\":[[\"2\",\"1\"]]}", "t");
    assertThat(b.bestBid()).isEmpty();
    assertThat(b.bestAsk()).contains(d("2"));
    assertThat(b.mid()).isEmpty();
    assertThat(b.spread()).isEmpty();
  }

  @Test
  void malformedInputIsRejectedWithWhatAndWhere() {
    assertThatThrownBy(() -> DepthJson.parseSnapshot("", "a.json"))
        .hasMessage("a.json: empty input, expected JSON");
    assertThatThrownBy(() -> DepthJson.parseSnapshot("{\"bids\":[", "a.json"))
        .hasMessageStartingWith("a.json: not valid JSON");
    assertThatThrownBy(() -> DepthJson.parseSnapshot("[1]", "a.json"))
        .hasMessageContaining("expected a JSON object");
    assertThatThrownBy(() -> DepthJson.parseSnapshot("{\"bids\":[],\"asks\":[]}", "a.json"))
        .hasMessage("a.json: `lastUpdateId` is missing or not an integer");
    assertThatThrownBy(
            () -> DepthJson.parseSnapshot("{\"lastUpdateId\":1,\"bids\":{},\"asks\":[]}", "a.json"))
        .hasMessage("a.json: `bids` is missing or not a list");
    assertThatThrownBy(
            () ->
                DepthJson.parseSnapshot(
                    "{\"lastUpdateId\":1,\"bids\":[],\"asks\":[[\"1\"]]}", "a.json"))
        .hasMessage("a.json: asks[0] is [\"1\"], expected [\"price\", \"quantity\"]");
    assertThatThrownBy(
            () ->
                DepthJson.parseSnapshot(
                    "{\"lastUpdateId\":1,\"bids\":[[\"1\",\"2\"],[\"x\",\"1\"]],\"asks\":[]}",
                    "a.json"))
        .hasMessage("a.json: bids[1] price is \"x\", not a decimal number");
    assertThatThrownBy(
            () ->
                DepthJson.parseSnapshot(
                    "{\"lastUpdateId\":1,\"bids\":[[\"1\",\"-2\"]],\"asks\":[]}", "a.json"))
        .hasMessage("a.json: bids[0] quantity -2 is negative");
    assertThatThrownBy(
            () ->
                DepthJson.parseSnapshot(
                    "{\"lastUpdateId\":1,\"bids\":[[\"0\",\"2\"]],\"asks\":[]}", "a.json"))
        .hasMessage("a.json: bids[0] price 0 is not positive");
  }

  @Test
  void plainJsonNumbersKeepTheirExactDigits() {
    BookSnapshot b =
        DepthJson.parseSnapshot(
            "{\"lastUpdateId\":1,\"bids\":[[0.1,0.30000000000000004]],\"asks\":[]}", "t");
    assertThat(b.bids().get(0).quantity()).isEqualTo(d("0.30000000000000004"));
  }

  @Test
  void parsesUpdatesBareAndInTheCombinedStreamEnvelope() {
    String bare =
        "{\"e\":\"depthUpdate\",\"E\":5,\"s\":\"FTMUSDT\",\"U\":10,\"u\":12,\"b\":[[\"1.0\",\"0.0\"]],\"a\":[]}";
    DepthUpdate u1 = DepthJson.parseUpdate(bare, "t");
    DepthUpdate u2 =
        DepthJson.parseUpdate("{\"stream\":\"ftmusdt@depth@100ms\",\"data\":" + bare + "}", "t");
    assertThat(u1).isEqualTo(u2);
    assertThat(u1.firstUpdateId()).isEqualTo(10);
    assertThat(u1.finalUpdateId()).isEqualTo(12);
    assertThat(u1.eventTime()).isEqualTo(5);
    assertThat(u1.bids()).containsExactly(new Level(d("1.0"), d("0.0")));
  }

  @Test
  void rejectsEventsOfOtherKindsAndBrokenIds() {
    assertThatThrownBy(() -> DepthJson.parseUpdate("{\"e\":\"trade\",\"E\":1}", "s.jsonl line 3"))
        .hasMessage("s.jsonl line 3: not a depthUpdate event (field `e` is \"trade\")");
    assertThatThrownBy(
            () ->
                DepthJson.parseUpdate(
                    "{\"e\":\"depthUpdate\",\"E\":1,\"U\":5,\"b\":[],\"a\":[]}", "x"))
        .hasMessage("x: field `u` is missing or not an integer");
    assertThatThrownBy(
            () ->
                DepthJson.parseUpdate(
                    "{\"e\":\"depthUpdate\",\"E\":1,\"U\":5,\"u\":4,\"b\":[],\"a\":[]}", "x"))
        .hasMessage("depthUpdate has u=4 below U=5");
  }
}

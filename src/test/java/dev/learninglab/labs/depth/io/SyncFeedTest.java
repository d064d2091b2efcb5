package dev.learninglab.labs.depth.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.depth.model.BookSnapshot;
import dev.learninglab.labs.depth.model.DepthJson;
import dev.learninglab.labs.depth.model.DepthUpdate;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Feeds end to end: recorded replay, a gap in a recording, and live mode against a fake Binance.
 */
class SyncFeedTest {
  private final List<Long> sleeps = new ArrayList<>();
  private final Backoff recordingBackoff =
      new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), sleeps::add);

  private static String event(long first, long last, String bid) {
    return "{\"stream\":\"x@depth@100ms\",\"data\":{\"e\":\"depthUpdate\",\"E\":"
        + first
        + ",\"s\":\"ETHUSDT\",\"U\":"
        + first
        + ",\"u\":"
        + last
        + ",\"b\":[[\""
        + bid
        + "\",\"1\"]],\"a\":[]}}";
  }

  private static String snapshot(long id) {
    return "{\"lastUpdateId\":" + id + ",\"bids\":[[\"99\",\"2\"]],\"asks\":[[\"101\",\"1\"]]}";
  }

  private static List<DepthUpdate> parse(String... frames) {
    List<DepthUpdate> out = new ArrayList<>();
    for (String f : frames) {
      out.add(DepthJson.parseUpdate(f, "t"));
    }
    return out;
  }

  @Test
  void recordingReplaysToTheEndAndReportsEveryStep() throws Exception {
    List<FeedStatus> seen = new ArrayList<>();
    BookSnapshot snap = DepthJson.parseSnapshot(snapshot(5), "t");
    FeedStatus end =
        Feeds.recorded(
                "rec",
                snap,
                parse(event(1, 5, "98"), event(6, 8, "97"), event(9, 9, "96")),
                0,
                seen::add)
            .run(Progress.none());
    assertThat(end.state()).isEqualTo(FeedStatus.State.ENDED);
    assertThat(end.eventsApplied()).isEqualTo(2);
    assertThat(end.eventsIgnored()).isEqualTo(1);
    assertThat(end.lastUpdateId()).isEqualTo(9);
    assertThat(end.book().orElseThrow().bids()).hasSize(3); // 99, 97, 96 (98 was stale)
    assertThat(seen)
        .extracting(FeedStatus::state)
        .contains(FeedStatus.State.RESYNCING, FeedStatus.State.SYNCED);
  }

  @Test
  void gapInARecordingEndsWithAClearMessage() throws Exception {
    BookSnapshot snap = DepthJson.parseSnapshot(snapshot(5), "t");
    FeedStatus end =
        Feeds.recorded("rec", snap, parse(event(6, 8, "97"), event(10, 11, "96")), 0, s -> {})
            .run(Progress.none());
    assertThat(end.state()).isEqualTo(FeedStatus.State.FAILED);
    assertThat(end.resyncs()).isEqualTo(1);
    assertThat(end.message())
        .isEqualTo(
            "gap: event U=10 but expected 9 (u=11); a recording has no newer snapshot to resynchronise from");
  }

  @Test
  void emptyRecordingStillShowsItsSnapshot() throws Exception {
    BookSnapshot snap = DepthJson.parseSnapshot(snapshot(5), "t");
    FeedStatus end = Feeds.recorded("rec", snap, List.of(), 0, s -> {}).run(Progress.none());
    assertThat(end.book()).contains(snap);
  }

  @Test
  void pacerKeepsTheRecordedScheduleDividedBySpeed() throws Exception {
    long[] now = {0};
    List<Long> slept = new ArrayList<>();
    Pacer pacer =
        new Pacer(
            2,
            ms -> {
              slept.add(ms);
              now[0] += ms;
            },
            () -> now[0]);
    pacer.await(1000); // first event: starts the clock
    pacer.await(1100); // due at 50 ms
    now[0] += 30; // applying took 30 ms
    pacer.await(1400); // due at 200 ms, now 80 ms
    pacer.await(1400); // same time: no wait
    now[0] += 500; // far behind: never sleeps negative
    pacer.await(1500);
    assertThat(slept).containsExactly(50L, 120L);
  }

  @Test
  void liveFeedBuffersSnapshotsResyncsOnAGapAndBacksOffOnRateLimits() throws Exception {
    List<String> frames =
        List.of(event(1, 5, "98"), event(6, 8, "97"), event(12, 13, "96"), event(14, 15, "95"));
    try (FakeBinance fake = new FakeBinance(frames)) {
      fake.replies.add(new FakeBinance.Reply(200, snapshot(5), null, 0));
      fake.replies.add(
          new FakeBinance.Reply(429, "{}", null, 0)); // the resync is rate limited once
      fake.replies.add(new FakeBinance.Reply(200, snapshot(13), null, 0));
      HttpClient http = BinanceRestClient.httpClient(Duration.ofSeconds(2));
      BinanceRestClient rest = new BinanceRestClient(http, fake.endpoints(), Duration.ofSeconds(2));
      EventSource stream =
          BinanceStreamClient.connect(
              http, fake.endpoints(), "ethusdt", Duration.ofSeconds(2), Duration.ofSeconds(5));
      FeedStatus end =
          new SyncFeed("live", rest.source("ETHUSDT", 100), stream, 0, recordingBackoff, s -> {})
              .run(Progress.none());

      assertThat(fake.wsPaths).containsExactly("/ws/ethusdt@depth@100ms");
      assertThat(fake.requests)
          .hasSize(3)
          .allMatch(r -> r.equals("/api/v3/depth?symbol=ETHUSDT&limit=100"));
      assertThat(end.state()).isEqualTo(FeedStatus.State.ENDED);
      assertThat(end.resyncs()).isEqualTo(1);
      assertThat(end.eventsApplied()).isEqualTo(2); // 6–8, then 14–15 after the fresh snapshot 13
      assertThat(end.lastUpdateId()).isEqualTo(15);
      assertThat(sleeps).containsExactly(100L); // one exponential step, no Retry-After given
    }
  }

  @Test
  void liveConnectionFailureIsAFailedStatusNotACrash() throws Exception {
    EventSource failing =
        new EventSource() {
          @Override
          public java.util.Optional<DepthUpdate> next() throws IOException {
            throw new IOException("Stream ws://x failed: reset");
          }

          @Override
          public boolean paced() {
            return false;
          }
        };
    FeedStatus end =
        new SyncFeed("live", SnapshotSource.fixed(null), failing, 0, recordingBackoff, s -> {})
            .run(Progress.none());
    assertThat(end.state()).isEqualTo(FeedStatus.State.FAILED);
    assertThat(end.message()).isEqualTo("Stream ws://x failed: reset");
  }
}

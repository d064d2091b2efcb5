package dev.learninglab.labs.depth.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.Progress;
import dev.learninglab.testing.Mirror;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The catalogued FTMUSDT recording (needs LEARNING_LAB_DATA_MIRROR; skipped without it). */
class RecordedStreamTest {
  static final String DATASET = "orderbook-ftmusdt";
  static final String SNAPSHOT = "binance_FTMUSDT_depth_limit5000_snapshot.json";
  static final String UPDATES = "binance_FTMUSDT_depthUpdate_100ms.jsonl";
  private static BookSnapshot snapshot;
  private static List<DepthUpdate> events;

  // Skipping in @BeforeEach (not @BeforeAll) makes each test count as skipped in the reports.
  @BeforeEach
  void load() {
    Mirror.assumeDatasets(DATASET);
    if (snapshot == null) {
      DatasetResolver data = DatasetResolver.standard();
      snapshot = DepthJson.readSnapshot(data.resolveFile(DATASET, SNAPSHOT, Progress.none()));
      events = DepthJson.readUpdates(data.resolveFile(DATASET, UPDATES, Progress.none()));
    }
  }

  @Test
  void snapshotMatchesItsProvenance() {
    assertThat(snapshot.lastUpdateId()).isEqualTo(800360994L);
    assertThat(snapshot.bids()).hasSize(2373);
    assertThat(snapshot.asks()).hasSize(5000);
    assertThat(snapshot.bestBid().orElseThrow()).isEqualByComparingTo("0.33993");
    assertThat(snapshot.bestAsk().orElseThrow()).isEqualByComparingTo("0.34011");
    assertThat(snapshot.bids().get(snapshot.bids().size() - 1).price())
        .isEqualByComparingTo("0.00001");
    assertThat(events).hasSize(229);
  }

  @Test
  void wholeStreamSynchronisesWithoutAGap() {
    BookSynchronizer sync = new BookSynchronizer();
    events.forEach(sync::offer); // buffered first, as a live client would
    assertThat(sync.loadSnapshot(snapshot)).isTrue();
    assertThat(sync.eventsIgnored()).isEqualTo(7);
    assertThat(sync.eventsApplied()).isEqualTo(222);
    assertThat(sync.resyncs()).isZero();
    BookSnapshot end = sync.book().orElseThrow();
    assertThat(end.lastUpdateId()).isEqualTo(800362088L);
    assertThat(end.bestBid().orElseThrow()).isLessThan(end.bestAsk().orElseThrow());
    // the last event's levels hold exactly what it said (absolute), or are gone when it said 0
    DepthUpdate last = events.get(events.size() - 1);
    assertLevels(end.bids(), last.bids());
    assertLevels(end.asks(), last.asks());
  }

  @Test
  void droppingAnEventInTheMiddleIsDetectedAsAGap() {
    BookSynchronizer sync = new BookSynchronizer();
    sync.loadSnapshot(snapshot);
    for (int i = 0; i < events.size(); i++) {
      if (i != 100) {
        sync.offer(events.get(i));
      }
    }
    assertThat(sync.resyncs()).isEqualTo(1);
    assertThat(sync.lastProblem()).startsWith("gap: event U=" + events.get(101).firstUpdateId());
  }

  private static void assertLevels(List<Level> book, List<Level> changes) {
    for (Level c : changes) {
      BigDecimal key = c.price().stripTrailingZeros();
      var found = book.stream().filter(l -> l.price().compareTo(key) == 0).findFirst();
      if (c.quantity().signum() == 0) {
        assertThat(found).as("level %s removed", key).isEmpty();
      } else {
        assertThat(found.orElseThrow().quantity()).isEqualByComparingTo(c.quantity());
      }
    }
  }
}

package dev.learninglab.labs.depth.model;

import static dev.learninglab.labs.depth.model.Books.d;
import static dev.learninglab.labs.depth.model.Books.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Binance's local-book procedure on hand-made streams with stale, duplicate, gapped and reordered
 * events.
 */
class BookSynchronizerTest {
  private final BookSynchronizer sync = new BookSynchronizer();

  private static BookSnapshot snapshot(long id) {
    return Books.book(id, List.of("99@2", "98@3"), List.of("101@1", "102@4"));
  }

  @Test
  void buffersUntilSnapshotThenDropsStaleAndAppliesTheStraddlingEvent() {
    assertThat(sync.offer(event(5, 8, List.of("99@7"), List.of()))).isEqualTo(SyncOutcome.BUFFERED);
    assertThat(sync.offer(event(9, 12, List.of("98@0"), List.of("103@2"))))
        .isEqualTo(SyncOutcome.BUFFERED);
    assertThat(sync.book()).isEmpty();
    assertThat(sync.loadSnapshot(snapshot(10))).isTrue();
    assertThat(sync.eventsIgnored()).isEqualTo(1); // u=8 ≤ 10
    assertThat(sync.eventsApplied()).isEqualTo(1); // U=9 ≤ 11 ≤ u=12
    BookSnapshot b = sync.book().orElseThrow();
    assertThat(b.lastUpdateId()).isEqualTo(12);
    assertThat(b.bids())
        .containsExactly(new Level(d("99"), d("2"))); // 98 removed by quantity 0, 99@7 was stale
    assertThat(b.asks()).extracting(Level::price).containsExactly(d("101"), d("102"), d("103"));
    assertThat(sync.offer(event(13, 13, List.of("99@1.5"), List.of())))
        .isEqualTo(SyncOutcome.APPLIED);
    assertThat(sync.book().orElseThrow().bids()).containsExactly(new Level(d("99"), d("1.5")));
  }

  @Test
  void quantitiesAreAbsoluteAndRemovingAnAbsentLevelIsHarmless() {
    sync.loadSnapshot(snapshot(10));
    sync.offer(event(11, 11, List.of("99@5", "50@0"), List.of("101@0")));
    BookSnapshot b = sync.book().orElseThrow();
    assertThat(b.bids()).containsExactly(new Level(d("99"), d("5")), new Level(d("98"), d("3")));
    assertThat(b.asks()).containsExactly(new Level(d("102"), d("4")));
    assertThat(sync.resyncs()).isZero();
  }

  @Test
  void duplicateEventIsIgnoredNotResynced() {
    sync.loadSnapshot(snapshot(10));
    sync.offer(event(11, 13, List.of("99@5"), List.of()));
    assertThat(sync.offer(event(11, 13, List.of("99@5"), List.of())))
        .isEqualTo(SyncOutcome.IGNORED);
    assertThat(sync.offer(event(14, 14, List.of(), List.of()))).isEqualTo(SyncOutcome.APPLIED);
    assertThat(sync.resyncs()).isZero();
    assertThat(sync.eventsIgnored()).isEqualTo(1);
  }

  @Test
  void gapDiscardsTheBookCountsAResyncAndRecoversFromAFreshSnapshot() {
    sync.loadSnapshot(snapshot(10));
    sync.offer(event(11, 12, List.of(), List.of()));
    assertThat(sync.offer(event(15, 16, List.of("99@9"), List.of()))).isEqualTo(SyncOutcome.RESYNC);
    assertThat(sync.resyncs()).isEqualTo(1);
    assertThat(sync.needsSnapshot()).isTrue();
    assertThat(sync.book()).isEmpty();
    assertThat(sync.lastProblem()).isEqualTo("gap: event U=15 but expected 13 (u=16)");
    assertThat(sync.offer(event(17, 18, List.of("99@4"), List.of())))
        .isEqualTo(SyncOutcome.BUFFERED);
    assertThat(sync.loadSnapshot(snapshot(16))).isTrue();
    assertThat(sync.book().orElseThrow().lastUpdateId()).isEqualTo(18);
    assertThat(sync.book().orElseThrow().bids().get(0)).isEqualTo(new Level(d("99"), d("4")));
  }

  @Test
  void outOfOrderEventsResyncAndATooOldSnapshotIsRefusedWithoutCountingAgain() {
    sync.loadSnapshot(snapshot(10));
    sync.offer(event(11, 19, List.of(), List.of()));
    assertThat(sync.offer(event(21, 21, List.of(), List.of())))
        .isEqualTo(SyncOutcome.RESYNC); // 20 is late
    assertThat(sync.offer(event(20, 20, List.of(), List.of()))).isEqualTo(SyncOutcome.BUFFERED);
    assertThat(sync.loadSnapshot(snapshot(19))).isFalse(); // buffered U=21 does not straddle 20
    assertThat(sync.needsSnapshot()).isTrue();
    assertThat(sync.resyncs()).isEqualTo(1);
    assertThat(sync.buffered()).isEqualTo(2);
    assertThat(sync.loadSnapshot(snapshot(21))).isTrue(); // both buffered events are now stale
    assertThat(sync.lastUpdateId()).isEqualTo(21);
    assertThat(sync.offer(event(22, 22, List.of(), List.of()))).isEqualTo(SyncOutcome.APPLIED);
  }

  @Test
  void firstEventAfterSnapshotMustStraddle() {
    sync.loadSnapshot(snapshot(10));
    assertThat(sync.offer(event(12, 14, List.of(), List.of()))).isEqualTo(SyncOutcome.RESYNC);
    assertThat(sync.lastProblem()).isEqualTo("snapshot 10 too old for first event U=12 (u=14)");
  }
}

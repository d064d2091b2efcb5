package dev.learninglab.labs.depth.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Keeps a local {@link OrderBook} in step with Binance's diff-depth stream, following Binance's
 * "how to manage a local order book correctly":
 *
 * <ol>
 *   <li>buffer the events from the stream;
 *   <li>take a depth snapshot;
 *   <li>drop buffered events whose final update id {@code u} ≤ the snapshot's lastUpdateId;
 *   <li>the first event applied must have {@code U ≤ lastUpdateId+1 ≤ u};
 *   <li>every later event must have {@code U} = previous {@code u} + 1;
 *   <li>quantities are absolute, and quantity 0 removes the level.
 * </ol>
 *
 * When a stream event breaks rule 4 or 5 the book is discarded, the resync is counted, the event is
 * buffered and {@link #needsSnapshot()} turns true until {@link #loadSnapshot} is called with a
 * fresh snapshot. The caller (a feed) decides where snapshots come from; this class never blocks.
 */
public final class BookSynchronizer {
  private final OrderBook book = new OrderBook();
  private final Deque<DepthUpdate> buffer = new ArrayDeque<>();
  private boolean synced;
  private boolean firstApplied;
  private long eventsApplied;
  private long eventsIgnored;
  private int resyncs;
  private String lastProblem = "";

  /** Offers the next event from the stream, in arrival order. */
  public SyncOutcome offer(DepthUpdate event) {
    if (!synced) {
      buffer.addLast(event);
      return SyncOutcome.BUFFERED;
    }
    return process(event, true);
  }

  /**
   * Installs a snapshot and replays the buffer against it. Returns false when the snapshot is too
   * old for the buffered events (the first one left starts after lastUpdateId+1): the caller should
   * fetch a newer one.
   */
  public boolean loadSnapshot(BookSnapshot snapshot) {
    book.load(snapshot);
    synced = true;
    firstApplied = false;
    Deque<DepthUpdate> pending = new ArrayDeque<>(buffer);
    buffer.clear();
    while (!pending.isEmpty()) {
      if (process(pending.pollFirst(), false) == SyncOutcome.RESYNC) {
        buffer.addAll(pending);
        return false;
      }
    }
    return true;
  }

  /**
   * Applies or rejects one event. {@code fromStream} is false while replaying the buffer against a
   * new snapshot: a snapshot that turns out too old is a failed attempt, not another gap in the
   * stream, so it is not counted as a resync.
   */
  private SyncOutcome process(DepthUpdate e, boolean fromStream) {
    long last = book.lastUpdateId();
    if (e.finalUpdateId() <= last) {
      eventsIgnored++;
      return SyncOutcome.IGNORED;
    }
    boolean fits =
        firstApplied
            ? e.firstUpdateId() == last + 1
            : e.firstUpdateId() <= last + 1 && last + 1 <= e.finalUpdateId();
    if (!fits) {
      // a failed reload keeps the gap that caused it as the reason shown
      if (fromStream || lastProblem.isEmpty()) {
        lastProblem = problem(e, last);
      }
      resync(e, fromStream);
      return SyncOutcome.RESYNC;
    }
    e.applyTo(book);
    firstApplied = true;
    eventsApplied++;
    return SyncOutcome.APPLIED;
  }

  private String problem(DepthUpdate e, long last) {
    String what =
        firstApplied
            ? "gap: event U=" + e.firstUpdateId() + " but expected " + (last + 1)
            : "snapshot " + last + " too old for first event U=" + e.firstUpdateId();
    return what + " (u=" + e.finalUpdateId() + ")";
  }

  private void resync(DepthUpdate trigger, boolean count) {
    if (count) {
      resyncs++;
    }
    synced = false;
    firstApplied = false;
    book.clear();
    buffer.addLast(trigger);
  }

  /** True while the book is not usable and a fresh snapshot is wanted. */
  public boolean needsSnapshot() {
    return !synced;
  }

  /** The current book, or empty while waiting for a snapshot. */
  public Optional<BookSnapshot> book() {
    return synced ? Optional.of(book.snapshot()) : Optional.empty();
  }

  public long lastUpdateId() {
    return book.lastUpdateId();
  }

  public long eventsApplied() {
    return eventsApplied;
  }

  public long eventsIgnored() {
    return eventsIgnored;
  }

  public int resyncs() {
    return resyncs;
  }

  public int buffered() {
    return buffer.size();
  }

  /** Why the last resync happened, empty if none did. */
  public String lastProblem() {
    return lastProblem;
  }
}

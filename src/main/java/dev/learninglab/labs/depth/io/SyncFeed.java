package dev.learninglab.labs.depth.io;

import static dev.learninglab.labs.depth.model.DepthTexts.T;

import dev.learninglab.core.task.LabTask;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.depth.io.FeedStatus.State;
import dev.learninglab.labs.depth.model.BookSnapshot;
import dev.learninglab.labs.depth.model.BookSynchronizer;
import dev.learninglab.labs.depth.model.DepthUpdate;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Drives a {@link BookSynchronizer} from an event source and a snapshot source, in Binance's order:
 * the first event is buffered before the snapshot is fetched, and every gap fetches a new snapshot
 * (with backoff when the source can refresh; a recording cannot, so a gap there ends the replay
 * with a message). Runs as a {@link LabTask}; the listener hears a {@link FeedStatus} after every
 * event, on the feed's thread, and is expected to throttle its own repaints. The counters are
 * always current; the book in a status may lag by up to {@link #BOOK_EVERY_MS}.
 */
public final class SyncFeed implements LabTask<FeedStatus> {
  /** How often, at most, a synced feed copies its book for listeners. */
  static final long BOOK_EVERY_MS = 40;

  private final String name;
  private final SnapshotSource snapshots;
  private final EventSource events;
  private final Pacer pacer;
  private final Backoff backoff;
  private final Consumer<FeedStatus> listener;
  private final BookSynchronizer sync = new BookSynchronizer();
  private final Object pauseLock = new Object();
  private volatile boolean paused;
  private Optional<BookSnapshot> book = Optional.empty();
  private long bookTakenAt = Long.MIN_VALUE;

  public SyncFeed(
      String name,
      SnapshotSource snapshots,
      EventSource events,
      double speed,
      Backoff backoff,
      Consumer<FeedStatus> listener) {
    this.name = name;
    this.snapshots = snapshots;
    this.events = events;
    this.pacer = Pacer.realTime(events.paced() ? speed : 0);
    this.backoff = backoff;
    this.listener = listener;
  }

  @Override
  public FeedStatus run(Progress progress) throws Exception {
    try (events) {
      return loop(progress);
    } catch (IOException e) {
      return publish(State.FAILED, e.getMessage());
    }
  }

  private FeedStatus loop(Progress progress) throws IOException, InterruptedException {
    publish(State.CONNECTING, T.get("depth.sync.waiting"));
    while (true) {
      progress.checkCancelled();
      waitWhilePaused(progress);
      Optional<DepthUpdate> next = events.next();
      if (next.isEmpty()) {
        if (sync.needsSnapshot() && sync.buffered() == 0) {
          resynchronise(progress); // an empty stream still shows its snapshot
        }
        return publish(State.ENDED, T.get("depth.sync.ended"));
      }
      pacer.await(next.get().eventTime());
      sync.offer(next.get());
      if (sync.needsSnapshot() && !resynchronise(progress)) {
        return publish(State.FAILED, T.get("depth.sync.noNewerSnapshot", sync.lastProblem()));
      }
      progress.report(sync.eventsApplied(), 0, "update id " + sync.lastUpdateId());
      publish(State.SYNCED, "");
    }
  }

  /** Fetches snapshots until one fits the buffered events; false if the source cannot refresh. */
  private boolean resynchronise(Progress progress) throws InterruptedException, IOException {
    boolean first = true;
    while (true) {
      progress.checkCancelled();
      if (!first && !snapshots.canRefresh()) {
        return false;
      }
      publish(State.RESYNCING, first ? T.get("depth.sync.fetching") : T.get("depth.sync.tooOld"));
      try {
        if (sync.loadSnapshot(snapshots.fetch())) {
          backoff.reset();
          return true;
        }
      } catch (RateLimitedException e) {
        publish(State.RESYNCING, e.getMessage());
        backoff.pause(e.retryAfter());
      }
      first = false;
    }
  }

  private void waitWhilePaused(Progress progress) throws InterruptedException {
    if (paused) {
      publish(State.PAUSED, T.get("depth.sync.paused"));
    }
    synchronized (pauseLock) {
      while (paused) {
        progress.checkCancelled();
        pauseLock.wait(200);
      }
    }
  }

  /** Stops taking events after the current one; the feed's own thread reports PAUSED. */
  public void pause() {
    paused = true;
  }

  public void resume() {
    synchronized (pauseLock) {
      paused = false;
      pauseLock.notifyAll();
    }
  }

  public boolean paused() {
    return paused;
  }

  private FeedStatus publish(State state, String message) {
    // copying a 10,000-level book for every one of 100 events/s is waste when the view repaints
    // at 10 Hz: while synced, the book is re-taken at most every BOOK_EVERY_MS; any other state
    // (the end of a replay, a resync) takes it at once
    long now = System.nanoTime() / 1_000_000;
    if (state != State.SYNCED || now - bookTakenAt >= BOOK_EVERY_MS || sync.needsSnapshot()) {
      book = sync.book();
      bookTakenAt = now;
    }
    FeedStatus s =
        new FeedStatus(
            name,
            book,
            sync.lastUpdateId(),
            sync.eventsApplied(),
            sync.eventsIgnored(),
            sync.resyncs(),
            state,
            message);
    listener.accept(s);
    return s;
  }
}

package dev.learninglab.labs.depth.io;

import dev.learninglab.labs.depth.model.BookSnapshot;
import java.util.Optional;

/**
 * What a feed reports after each step: the book (absent while resynchronising) and the counters the
 * lab shows — update id, events applied, events ignored as stale, resyncs — plus a state line.
 */
public record FeedStatus(
    String source,
    Optional<BookSnapshot> book,
    long lastUpdateId,
    long eventsApplied,
    long eventsIgnored,
    int resyncs,
    State state,
    String message) {

  /** Where the feed is in its life. */
  public enum State {
    CONNECTING,
    SYNCED,
    RESYNCING,
    PAUSED,
    ENDED,
    FAILED
  }
}

package dev.learninglab.labs.depth.model;

/** What {@link BookSynchronizer} did with one stream event. */
public enum SyncOutcome {
  /** Kept until a snapshot arrives (step 1 of Binance's procedure). */
  BUFFERED,
  /** Dropped: its final update id u is not newer than the book (stale or duplicate). */
  IGNORED,
  /** Written into the book. */
  APPLIED,
  /** Revealed a gap: the book was discarded and a fresh snapshot is needed. */
  RESYNC
}

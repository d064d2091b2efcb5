package dev.learninglab.labs.depth.io;

import dev.learninglab.labs.depth.model.BookSnapshot;
import java.io.IOException;

/** Where a feed gets a depth snapshot when it (re)synchronises. */
public interface SnapshotSource {
  /** A snapshot taken now (live) or the only one there is (a recording). */
  BookSnapshot fetch() throws IOException, InterruptedException;

  /** Whether a later fetch can return a newer snapshot; false for a recording. */
  boolean canRefresh();

  /** A source that always returns the same snapshot (a file or a test book). */
  static SnapshotSource fixed(BookSnapshot snapshot) {
    return new SnapshotSource() {
      @Override
      public BookSnapshot fetch() {
        return snapshot;
      }

      @Override
      public boolean canRefresh() {
        return false;
      }
    };
  }
}

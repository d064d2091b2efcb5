package dev.learninglab.labs.depth.io;

import dev.learninglab.labs.depth.model.DepthUpdate;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

/** The diff-depth events a feed consumes, in arrival order. */
public interface EventSource extends AutoCloseable {
  /** The next event, blocking if needed; empty when the stream has ended. */
  Optional<DepthUpdate> next() throws IOException, InterruptedException;

  /** Whether events carry their original timing, so replay can pace them. */
  boolean paced();

  @Override
  default void close() {}

  /** A finite recording replayed in order. */
  static EventSource of(Iterable<DepthUpdate> events) {
    Iterator<DepthUpdate> it = events.iterator();
    return new EventSource() {
      @Override
      public Optional<DepthUpdate> next() {
        return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
      }

      @Override
      public boolean paced() {
        return true;
      }
    };
  }
}

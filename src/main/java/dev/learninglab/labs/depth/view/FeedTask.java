package dev.learninglab.labs.depth.view;

import dev.learninglab.core.task.LabTask;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.depth.io.FeedStatus;
import dev.learninglab.labs.depth.io.SyncFeed;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A feed whose setup (resolving a dataset, reading files, connecting to Binance) runs in the
 * background task too, so the event thread never waits for it. A setup failure becomes a FAILED
 * status with its message, which the lab shows instead of a dialog.
 */
final class FeedTask implements LabTask<FeedStatus> {
  /** Builds the feed; may block. */
  interface Setup {
    SyncFeed create(Progress progress) throws Exception;
  }

  private final String name;
  private final Setup setup;
  private final Consumer<FeedStatus> listener;
  private volatile SyncFeed feed;
  private volatile boolean pausedEarly;

  FeedTask(String name, Setup setup, Consumer<FeedStatus> listener) {
    this.name = name;
    this.setup = setup;
    this.listener = listener;
  }

  @Override
  public FeedStatus run(Progress progress) throws Exception {
    try {
      feed = setup.create(progress);
    } catch (Exception e) {
      if (e instanceof InterruptedException || progress.isCancelled()) {
        throw e;
      }
      FeedStatus failed =
          new FeedStatus(
              name,
              Optional.empty(),
              0,
              0,
              0,
              0,
              FeedStatus.State.FAILED,
              String.valueOf(e.getMessage()));
      listener.accept(failed);
      return failed;
    }
    if (pausedEarly) {
      feed.pause();
    }
    return feed.run(progress);
  }

  void pause() {
    SyncFeed f = feed;
    if (f == null) {
      pausedEarly = true;
    } else {
      f.pause();
    }
  }

  void resume() {
    pausedEarly = false;
    SyncFeed f = feed;
    if (f != null) {
      f.resume();
    }
  }

  boolean paused() {
    SyncFeed f = feed;
    return f == null ? pausedEarly : f.paused();
  }
}

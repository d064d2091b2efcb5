package dev.learninglab.labs.pipeline.model.catalog;

import java.util.concurrent.CompletableFuture;

/**
 * Tablesaw's first use scans the whole class path for its readers and writers (ClassGraph over the
 * application jar: about 0.4 s of a cold command). A command-line pipeline run starts that scan on
 * another core while it opens the project, and waits for it before the first node runs, so that no
 * two threads ever initialise Tablesaw's classes at once (two threads initialising classes that
 * refer to each other can deadlock).
 */
public final class TablesawWarmUp {
  private static volatile CompletableFuture<Void> started;

  private TablesawWarmUp() {}

  /** Starts initialising Tablesaw in a background thread, once; later calls return the same. */
  public static synchronized CompletableFuture<Void> start() {
    if (started == null) {
      CompletableFuture<Void> done = new CompletableFuture<>();
      Thread t =
          new Thread(
              () -> {
                try {
                  Class.forName(
                      "tech.tablesaw.api.Table", true, TablesawWarmUp.class.getClassLoader());
                  done.complete(null);
                } catch (Throwable e) {
                  done.completeExceptionally(e);
                }
              },
              "tablesaw-warm-up");
      t.setDaemon(true);
      t.start();
      started = done;
    }
    return started;
  }

  /**
   * Waits for a started warm-up to finish (at once when none was started). A warm-up that failed is
   * ignored here: the dataset's own use of Tablesaw then reports the error.
   */
  public static void awaitIfStarted() {
    CompletableFuture<Void> s = started;
    if (s != null) {
      s.exceptionally(e -> null).join();
    }
  }
}

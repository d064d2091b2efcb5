package dev.learninglab.core.task;

import java.io.PrintWriter;

/** A one-line progress bar on stderr for long CLI work; redrawn at most ten times a second. */
public final class ConsoleProgress implements Progress {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private long lastDraw;
  private boolean drawn;

  public ConsoleProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void report(long done, long total, String message) {
    long now = System.nanoTime();
    boolean finished = total > 0 && done >= total;
    if (!finished && now - lastDraw < 100_000_000L) {
      return;
    }
    lastDraw = now;
    String bar;
    if (total > 0) {
      int filled = (int) Math.min(WIDTH, WIDTH * done / total);
      bar =
          "["
              + "#".repeat(filled)
              + " ".repeat(WIDTH - filled)
              + "] "
              + Math.round(100.0 * done / total)
              + "% ";
    } else {
      bar = "[working] ";
    }
    err.print("\r" + bar + message + "   ");
    drawn = true;
    if (finished) {
      done();
    }
    err.flush();
  }

  /** Ends the progress line so that what follows starts on a new line. */
  public void done() {
    if (drawn) {
      err.println();
      err.flush();
      drawn = false;
    }
  }

  @Override
  public boolean isCancelled() {
    return false;
  }
}

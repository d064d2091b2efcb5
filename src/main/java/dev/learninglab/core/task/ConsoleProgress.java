package dev.learninglab.core.task;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Progress of long CLI work on stderr. On a terminal: a one-line bar redrawn in place (carriage
 * returns) at most ten times a second. Off a terminal ({@code 2>file}, a pipe, a CI log): plain
 * lines, one each time the work passes another tenth (or its message changes when the total is
 * unknown), so a log file gets a dozen readable lines instead of thousands of redrawn bars.
 */
public final class ConsoleProgress implements Progress {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final boolean terminal;
  private long lastDraw;
  private boolean drawn;
  private int lastTenth = -1;
  private String lastMessage;

  public ConsoleProgress(PrintWriter err) {
    this(err, stderrIsTerminal());
  }

  /** With {@code terminal} given, for tests and for callers that know. */
  public ConsoleProgress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /**
   * Whether stderr is a terminal: on Linux the file descriptor's link names a tty; elsewhere Java's
   * console, which exists only when the process is interactive.
   */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return System.console() != null;
    }
  }

  @Override
  public void report(long done, long total, String message) {
    if (!terminal) {
      reportAsLine(done, total, message);
      return;
    }
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

  private void reportAsLine(long done, long total, String message) {
    if (total > 0) {
      int tenth = (int) Math.min(10, 10 * Math.max(0, done) / total);
      if (tenth <= lastTenth) {
        return;
      }
      lastTenth = tenth;
      err.println(tenth * 10 + "% " + message);
    } else {
      if (message == null || message.equals(lastMessage)) {
        return;
      }
      lastMessage = message;
      err.println(message);
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

package dev.learninglab.testing;

import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;

/**
 * Tests touch widgets on the Swing event thread only: run or call code there, or await a condition
 * checked there.
 */
public final class Edt {
  /** How long {@link #await(String, Callable)} waits: generous, a slow shared machine is fine. */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(120);

  private static final long POLL_MILLIS = 20;

  private Edt() {}

  /** Code that may throw, AssertJ assertions included. */
  @FunctionalInterface
  public interface Action {
    void run() throws Exception;
  }

  /** Runs {@code action} on the event thread and waits; what it throws is thrown here. */
  public static void run(Action action) throws Exception {
    call(
        () -> {
          action.run();
          return null;
        });
  }

  /**
   * Calls {@code work} on the event thread and returns its value; what it throws is thrown here.
   */
  public static <T> T call(Callable<T> work) throws Exception {
    AtomicReference<T> value = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    try {
      SwingUtilities.invokeAndWait(
          () -> {
            try {
              value.set(work.call());
            } catch (Throwable t) {
              failure.set(t);
            }
          });
    } catch (InvocationTargetException e) {
      throw new AssertionError(e.getCause());
    }
    Throwable t = failure.get();
    if (t instanceof Exception e) {
      throw e;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return value.get();
  }

  /** Waits up to {@link #DEFAULT_WAIT} until {@code condition}, checked on the event thread. */
  public static void await(String what, Callable<Boolean> condition) throws Exception {
    await(what, DEFAULT_WAIT, condition);
  }

  /**
   * Waits up to {@code within} until {@code condition}, checked on the event thread; fails naming
   * {@code what} (e.g. "the table to fill") and the real deadline.
   */
  public static void await(String what, Duration within, Callable<Boolean> condition)
      throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    while (!call(condition)) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError(
            "waited " + within.toSeconds() + " s for " + what + "; it did not happen");
      }
      Thread.sleep(POLL_MILLIS);
    }
  }
}

package dev.learninglab.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent slow jobs (a JShell VM each, a jshell process each) two at a time, as many as
 * the build machine has cores, and returns when all have ended; the first failure is rethrown.
 */
public final class TwoAtATime {
  /** One job; may throw whatever it throws. */
  public interface Job<T> {
    void run(T item) throws Exception;
  }

  private TwoAtATime() {}

  public static <T> void each(List<T> items, Job<T> job) throws Exception {
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (T item : items) {
        runs.add(
            two.submit(
                () -> {
                  job.run(item);
                  return null;
                }));
      }
      for (Future<?> f : runs) {
        f.get();
      }
    } finally {
      two.shutdown();
    }
  }
}

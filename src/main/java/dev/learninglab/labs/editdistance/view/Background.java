package dev.learninglab.labs.editdistance.view;

import dev.learninglab.core.task.LabTask;
import dev.learninglab.core.task.TaskService;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import javax.swing.SwingUtilities;

/**
 * Runs a tab's long work as a status-bar task and hands the result, or the error that ended it
 * (unwrapped), back on the event thread.
 */
final class Background {
  private Background() {}

  /** The returned future completes after {@code show} has run: tests wait on it. */
  static <T> CompletableFuture<Void> run(
      TaskService tasks, String name, LabTask<T> work, BiConsumer<T, Throwable> show) {
    CompletableFuture<Void> shown = new CompletableFuture<>();
    tasks
        .submit(name, work)
        .result()
        .whenComplete(
            (value, error) ->
                SwingUtilities.invokeLater(
                    () -> {
                      try {
                        show.accept(
                            value,
                            error == null || error.getCause() == null ? error : error.getCause());
                      } finally {
                        shown.complete(null);
                      }
                    }));
    return shown;
  }
}

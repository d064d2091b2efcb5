package dev.learninglab.core.view;

import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.task.TaskHandle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * The one bridge from background work back to the Swing event thread: the value goes to {@code
 * done}, anything else to {@code ended} as a {@link TaskEnd} carrying the real failure. (It lives
 * here, not on {@link TaskHandle}, because core.task stays free of Swing.)
 */
public final class OnEdt {
  private OnEdt() {}

  /**
   * Runs {@code done} or {@code ended} on the event thread once {@code task} ends. The returned
   * future completes after that callback has run (exceptionally if it threw): tests wait on it.
   */
  public static <T> CompletableFuture<Void> after(
      TaskHandle<T> task, Consumer<? super T> done, Consumer<TaskEnd> ended) {
    return after(task.result(), done, ended);
  }

  /** As {@link #after(TaskHandle, Consumer, Consumer)}, for work already chained into a future. */
  public static <T> CompletableFuture<Void> after(
      CompletionStage<T> work, Consumer<? super T> done, Consumer<TaskEnd> ended) {
    CompletableFuture<Void> handled = new CompletableFuture<>();
    work.whenComplete(
        (value, error) ->
            SwingUtilities.invokeLater(
                () -> {
                  try {
                    if (error == null) {
                      done.accept(value);
                    } else {
                      ended.accept(TaskEnd.of(error));
                    }
                    handled.complete(null);
                  } catch (RuntimeException | Error e) {
                    handled.completeExceptionally(e);
                    throw e; // the event thread's handler shows it to the learner
                  }
                }));
    return handled;
  }
}

package dev.learninglab.core.task;

/**
 * Reads the error a task's future completed with: the future wraps what the task threw (in a
 * CompletionException), so views ask here for the task's own exception and whether it was a cancel.
 */
public final class TaskFailures {
  private TaskFailures() {}

  /** The task's own exception: the wrapped cause where there is one, else the error itself. */
  public static Throwable cause(Throwable error) {
    return TaskFailures.cause(error);
  }

  /** Whether the task ended by being cancelled. */
  public static boolean cancelled(Throwable error) {
    return TaskFailures.cancelled(error);
  }
}

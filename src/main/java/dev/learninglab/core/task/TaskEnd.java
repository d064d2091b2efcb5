package dev.learninglab.core.task;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * How a task ended when it gave no value: somebody cancelled it, or it failed with a real error.
 * Views switch on it instead of digging through wrapped exceptions.
 */
public sealed interface TaskEnd {

  /** What to tell the learner: the failure's own message, or "cancelled". */
  String message();

  /** The learner (or closing the window) stopped the task. */
  record Cancelled() implements TaskEnd {
    @Override
    public String message() {
      return "cancelled";
    }
  }

  /** The task threw {@code failure}: the learner's message, not a future's wrapper. */
  record Failed(Throwable failure) implements TaskEnd {

    /** The failure's own message, or its type when it has none. */
    @Override
    public String message() {
      String m = failure.getMessage();
      return m == null ? failure.getClass().getSimpleName() : m;
    }
  }

  /** Classifies what a task's future completed with. */
  static TaskEnd of(Throwable error) {
    Throwable real = realFailure(error);
    return real instanceof CancellationException ? new Cancelled() : new Failed(real);
  }

  /**
   * Strips only the wrappers futures add ({@link CompletionException}, {@link ExecutionException}):
   * any other cause is part of the failure, and the failure's own message (e.g. "Model description
   * … unreadable") is what the learner must see.
   */
  static Throwable realFailure(Throwable error) {
    Throwable t = error;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}

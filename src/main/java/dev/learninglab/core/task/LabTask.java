package dev.learninglab.core.task;

/**
 * A piece of long work that reports progress and can be cancelled: training, matching, downloading.
 * The shell runs it through {@link TaskService}; the CLI runs it with a console progress bar.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface LabTask<T> {
  T run(Progress progress) throws Exception;
}

package dev.learninglab.core.task;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs {@link LabTask}s off the caller's thread and keeps the list of those running, so a status
 * bar can show them and cancel them.
 *
 * <pre>{@code
 * TaskHandle<Report> h = tasks.submit("Matching packages", p -> matcher.run(a, b, p));
 * h.result().thenAccept(view::show);
 * }</pre>
 */
public final class TaskService implements AutoCloseable {
  private final ExecutorService executor;
  private final List<TaskHandle<?>> running = new CopyOnWriteArrayList<>();
  private final List<TaskHandle<?>> streams = new CopyOnWriteArrayList<>();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  public TaskService() {
    AtomicInteger counter = new AtomicInteger();
    executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "lab-task-" + counter.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts the task now; the handle completes when it ends, however it ends. */
  public <T> TaskHandle<T> submit(String name, LabTask<T> task) {
    TaskHandle<T> handle = new TaskHandle<>(name, this::fireChanged);
    running.add(handle);
    fireChanged();
    handle.attach(executor.submit(() -> execute(task, handle)));
    return handle;
  }

  /**
   * Starts work that has no end of its own (a live or replayed stream): it runs and cancels like a
   * task but is not listed in {@link #running()}, so the status bar stays free for finite work and
   * the lab shows the stream's state itself. {@link #close()} still stops it.
   */
  public <T> TaskHandle<T> stream(String name, LabTask<T> task) {
    TaskHandle<T> handle = new TaskHandle<>(name, () -> {});
    streams.add(handle);
    handle.attach(executor.submit(() -> execute(task, handle)));
    return handle;
  }

  private <T> void execute(LabTask<T> task, TaskHandle<T> handle) {
    T value = null;
    Throwable error = null;
    try {
      value = task.run(handle);
    } catch (Throwable e) {
      error = e;
    }
    // leave the running list before completing, so whoever sees the result sees the task gone
    streams.remove(handle);
    if (running.remove(handle)) {
      fireChanged();
    }
    if (handle.isCancelled()) {
      handle.completion().completeExceptionally(new CancellationException("cancelled"));
    } else if (error != null) {
      handle.completion().completeExceptionally(error);
    } else {
      handle.completion().complete(value);
    }
  }

  /** The tasks still running, oldest first. */
  public List<TaskHandle<?>> running() {
    return List.copyOf(running);
  }

  /** Called (on a worker thread) whenever a task starts, reports, or ends. */
  public void addListener(Runnable listener) {
    listeners.add(listener);
  }

  private void fireChanged() {
    listeners.forEach(Runnable::run);
  }

  @Override
  public void close() {
    running.forEach(TaskHandle::cancel);
    streams.forEach(TaskHandle::cancel);
    executor.shutdownNow();
  }
}

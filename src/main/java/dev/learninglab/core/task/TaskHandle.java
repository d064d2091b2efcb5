package dev.learninglab.core.task;

import static dev.learninglab.core.i18n.CoreTexts.T;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/** A submitted task: its result, its latest progress and a way to cancel it. */
public final class TaskHandle<T> implements Progress {
  private final String name;
  private final CompletableFuture<T> result = new CompletableFuture<>();
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final AtomicReference<TaskSnapshot> latest;
  private final Runnable onChange;
  private volatile Future<?> running;

  TaskHandle(String name, Runnable onChange) {
    this.name = name;
    this.onChange = onChange;
    this.latest = new AtomicReference<>(new TaskSnapshot(name, 0, 0, T.get("core.task.starting")));
  }

  public String name() {
    return name;
  }

  /** Completes with the task's value, exceptionally with its error or a cancellation. */
  public CompletableFuture<T> result() {
    return result;
  }

  public TaskSnapshot snapshot() {
    return latest.get();
  }

  /** Asks the task to stop: sets the flag it polls and interrupts its thread. */
  public void cancel() {
    if (cancelled.compareAndSet(false, true)) {
      Future<?> f = running;
      if (f != null) {
        f.cancel(true);
      }
      onChange.run();
    }
  }

  @Override
  public void report(long done, long total, String message) {
    latest.set(new TaskSnapshot(name, done, total, message));
    onChange.run();
  }

  @Override
  public boolean isCancelled() {
    return cancelled.get();
  }

  void attach(Future<?> future) {
    running = future;
  }

  CompletableFuture<T> completion() {
    return result;
  }
}

package dev.learninglab.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.task.TaskService;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

class OnEdtTest {
  private final AtomicReference<Object> value = new AtomicReference<>();
  private final AtomicReference<TaskEnd> end = new AtomicReference<>();
  private final AtomicBoolean onEdt = new AtomicBoolean();

  @Test
  void theValueArrivesOnTheEventThread() throws Exception {
    try (TaskService tasks = new TaskService()) {
      await(OnEdt.after(tasks.submit("answer", p -> 42), record(value::set), record(end::set)));
    }
    assertThat(value).hasValue(42);
    assertThat(end).hasValue(null);
    assertThat(onEdt).isTrue();
  }

  @Test
  void aFailureKeepsItsOwnMessage() throws Exception {
    try (TaskService tasks = new TaskService()) {
      await(
          OnEdt.after(
              tasks.submit("read", p -> unreadable()), record(value::set), record(end::set)));
    }
    assertFailedWithItsOwnMessage();
  }

  @Test
  void aFailureKeepsItsOwnMessageThroughAChainedFuture() throws Exception {
    try (TaskService tasks = new TaskService()) {
      // thenApply wraps the task's error in a CompletionException: the bridge must see through it
      CompletableFuture<String> chained =
          tasks.submit("read", p -> unreadable()).result().thenApply(String::valueOf);
      await(OnEdt.after(chained, record(value::set), record(end::set)));
    }
    assertFailedWithItsOwnMessage();
  }

  @Test
  void aCancelledTaskEndsCancelledNotFailed() throws Exception {
    // how a cancelled TaskHandle completes is TaskServiceTest's; here, what the bridge makes of it
    CompletableFuture<Object> cancelled = new CompletableFuture<>();
    cancelled.cancel(true);
    await(OnEdt.after(cancelled.thenApply(v -> v), record(value::set), record(end::set)));
    assertThat(end.get()).isInstanceOf(TaskEnd.Cancelled.class);
    assertThat(value).hasValue(null);
    assertThat(onEdt).isTrue();
  }

  @Test
  void aCallbackThatThrowsFailsTheReturnedFuture() throws Exception {
    CompletableFuture<Void> handled =
        OnEdt.after(
            CompletableFuture.completedFuture(1),
            v -> {
              throw new IllegalStateException("view bug");
            },
            e -> {});
    assertThat(handled)
        .failsWithin(120, TimeUnit.SECONDS)
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .withMessageContaining("view bug");
  }

  private void assertFailedWithItsOwnMessage() {
    assertThat(end.get()).isInstanceOf(TaskEnd.Failed.class);
    assertThat(((TaskEnd.Failed) end.get()).failure()).isInstanceOf(IOException.class);
    assertThat(end.get().message()).isEqualTo("Model description model.json unreadable");
    assertThat(value).hasValue(null);
    assertThat(onEdt).isTrue();
  }

  private static Object unreadable() throws IOException {
    throw new IOException(
        "Model description model.json unreadable", new IllegalArgumentException("bad JSON"));
  }

  /** Passes to {@code sink}, noting whether it ran on the event thread. */
  private <T> Consumer<T> record(Consumer<T> sink) {
    return v -> {
      onEdt.set(SwingUtilities.isEventDispatchThread());
      sink.accept(v);
    };
  }

  private static void await(CompletableFuture<Void> handled) throws Exception {
    handled.get(120, TimeUnit.SECONDS);
  }
}

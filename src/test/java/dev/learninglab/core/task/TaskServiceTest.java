package dev.learninglab.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TaskServiceTest {

  @Test
  void taskValueCompletesTheHandle() throws Exception {
    try (TaskService tasks = new TaskService()) {
      assertThat(tasks.submit("answer", p -> 42).result().get(120, TimeUnit.SECONDS)).isEqualTo(42);
    }
  }

  @Test
  void failureCompletesExceptionallyAndLeavesTheList() throws Exception {
    try (TaskService tasks = new TaskService()) {
      TaskHandle<Object> h =
          tasks.submit(
              "boom",
              p -> {
                throw new IllegalStateException("bad input");
              });
      assertThatThrownBy(() -> h.result().get(120, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasMessageContaining("bad input");
      awaitEmpty(tasks);
    }
  }

  @Test
  void cancelStopsALoopThatChecksProgress() throws Exception {
    try (TaskService tasks = new TaskService()) {
      CountDownLatch started = new CountDownLatch(1);
      TaskHandle<Integer> h =
          tasks.submit(
              "forever",
              p -> {
                started.countDown();
                while (true) {
                  p.checkCancelled();
                  Thread.onSpinWait();
                }
              });
      assertThat(started.await(120, TimeUnit.SECONDS)).isTrue();
      h.cancel();
      assertThatThrownBy(() -> h.result().get(120, TimeUnit.SECONDS))
          .isInstanceOf(CancellationException.class);
      awaitEmpty(tasks);
    }
  }

  @Test
  void aStreamIsNotListedAsATaskButStillStopsOnCancelAndClose() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    TaskHandle<Integer> h;
    try (TaskService tasks = new TaskService()) {
      AtomicInteger calls = new AtomicInteger();
      tasks.addListener(calls::incrementAndGet);
      h =
          tasks.stream(
              "ticker",
              p -> {
                started.countDown();
                while (true) {
                  p.checkCancelled();
                  Thread.onSpinWait();
                }
              });
      assertThat(started.await(120, TimeUnit.SECONDS)).isTrue();
      assertThat(tasks.running()).isEmpty();
      assertThat(calls).hasValue(0); // the status bar is never told about it
    }
    assertThatThrownBy(() -> h.result().get(120, TimeUnit.SECONDS))
        .isInstanceOf(CancellationException.class);
  }

  @Test
  void progressReachesListenersAndSnapshot() throws Exception {
    try (TaskService tasks = new TaskService()) {
      AtomicInteger calls = new AtomicInteger();
      tasks.addListener(calls::incrementAndGet);
      CountDownLatch reported = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      TaskHandle<String> h =
          tasks.submit(
              "steps",
              p -> {
                p.report(3, 4, "step 3");
                reported.countDown();
                release.await();
                return "done";
              });
      reported.await(120, TimeUnit.SECONDS);
      assertThat(h.snapshot().fraction()).isEqualTo(0.75);
      assertThat(tasks.running()).containsExactly(h);
      release.countDown();
      h.result().get(120, TimeUnit.SECONDS);
      assertThat(tasks.running()).isEmpty();
      assertThat(calls.get()).isGreaterThanOrEqualTo(3); // start, report, end
    }
  }

  private static void awaitEmpty(TaskService tasks) throws InterruptedException {
    for (int i = 0; i < 500 && !tasks.running().isEmpty(); i++) {
      Thread.sleep(10);
    }
    assertThat(tasks.running()).isEmpty();
  }
}

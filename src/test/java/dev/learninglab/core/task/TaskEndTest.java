package dev.learninglab.core.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class TaskEndTest {
  private static final IOException UNREADABLE =
      new IOException(
          "Model description model.json unreadable", new IllegalArgumentException("bad JSON"));

  @Test
  void aFailureWithACauseKeepsItsOwnMessage() {
    assertThat(TaskEnd.of(UNREADABLE))
        .isEqualTo(new TaskEnd.Failed(UNREADABLE))
        .extracting(TaskEnd::message)
        .isEqualTo("Model description model.json unreadable");
  }

  @Test
  void onlyTheWrappersFuturesAddAreStripped() {
    Throwable wrapped =
        new CompletionException(new ExecutionException(new CompletionException(UNREADABLE)));
    assertThat(TaskEnd.realFailure(wrapped)).isSameAs(UNREADABLE);
    assertThat(TaskEnd.of(wrapped).message()).isEqualTo("Model description model.json unreadable");
  }

  @Test
  void aCancellationIsNotAFailure() {
    assertThat(TaskEnd.of(new CancellationException("cancelled")))
        .isInstanceOf(TaskEnd.Cancelled.class);
    assertThat(TaskEnd.of(new CompletionException(new CancellationException())))
        .isInstanceOf(TaskEnd.Cancelled.class);
  }

  @Test
  void aFailureWithoutAMessageIsNamedByItsType() {
    assertThat(TaskEnd.of(new NullPointerException()).message()).isEqualTo("NullPointerException");
  }
}

package dev.learninglab.core.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Issue 30: progress off a terminal ({@code 2>file}) is plain lines, not redrawn bars. */
class ConsoleProgressTest {

  @Test
  void offATerminalProgressIsAFewPlainLines() {
    StringWriter text = new StringWriter();
    ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text), false);
    for (int i = 0; i <= 1000; i++) {
      progress.report(i, 1000, "epoch 1/1");
    }
    progress.done();
    assertThat(text.toString()).doesNotContain("\r").doesNotContain("[#");
    assertThat(text.toString().lines())
        .hasSize(11)
        .startsWith("0% epoch 1/1")
        .endsWith("100% epoch 1/1");
  }

  @Test
  void offATerminalAnUnknownTotalPrintsEachNewMessageOnce() {
    StringWriter text = new StringWriter();
    ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text), false);
    for (int i = 0; i < 100; i++) {
      progress.report(i, -1, i < 50 ? "downloading" : "unpacking");
    }
    assertThat(text.toString().lines()).containsExactly("downloading", "unpacking");
  }

  @Test
  void onATerminalTheBarIsRedrawnInPlace() {
    StringWriter text = new StringWriter();
    ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text), true);
    progress.report(1000, 1000, "done");
    assertThat(text.toString()).startsWith("\r[").contains("100%");
  }
}

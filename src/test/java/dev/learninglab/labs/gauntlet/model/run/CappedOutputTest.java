package dev.learninglab.labs.gauntlet.model.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CappedOutputTest {
  private final AtomicInteger floods = new AtomicInteger();
  private final CappedOutput out = new CappedOutput(floods::incrementAndGet);

  @Test
  void shortOutputIsKeptWhole() {
    out.write("hello\n".getBytes(StandardCharsets.UTF_8), 0, 6);
    assertThat(out.text()).isEqualTo("hello\n");
    assertThat(out.flooded()).isFalse();
  }

  @Test
  void longOutputKeepsHeadAndTailAndCountsTheRest() {
    byte[] a = "a".repeat(CappedOutput.HEAD).getBytes(StandardCharsets.US_ASCII);
    byte[] b = "b".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
    byte[] c = "c".repeat(10).getBytes(StandardCharsets.US_ASCII);
    out.write(a, 0, a.length);
    out.write(b, 0, b.length);
    out.write(c, 0, c.length);
    String text = out.text();
    assertThat(text).startsWith("aaaa").endsWith("b" + "cccccccccc");
    assertThat(text).contains("… " + (100_010 - CappedOutput.TAIL) + " bytes of output left out …");
    assertThat(text.length()).isLessThan(CappedOutput.HEAD + CappedOutput.TAIL + 100);
  }

  @Test
  void aFloodIsReportedOncePerRun() {
    byte[] mb = new byte[1 << 20];
    for (int i = 0; i < 20; i++) {
      out.write(mb, 0, mb.length);
    }
    assertThat(out.flooded()).isTrue();
    assertThat(floods).hasValue(1);
    out.reset();
    assertThat(out.flooded()).isFalse();
    assertThat(out.text()).isEmpty();
  }
}

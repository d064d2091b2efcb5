package dev.learninglab.labs.editdistance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.task.Progress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuietStartTest {
  @Test
  void passesProgressOnOnlyAfterAMoment() throws Exception {
    List<String> seen = new ArrayList<>();
    Progress target =
        new Progress() {
          @Override
          public void report(long done, long total, String message) {
            seen.add(message);
          }

          @Override
          public boolean isCancelled() {
            return false;
          }
        };
    long[] now = {5_000_000_000L};
    QuietStart quiet = new QuietStart(target, () -> now[0]);
    quiet.report(1, 10, "early");
    now[0] += 800_000_000L;
    quiet.report(2, 10, "late");
    assertThat(seen).containsExactly("late");
  }
}

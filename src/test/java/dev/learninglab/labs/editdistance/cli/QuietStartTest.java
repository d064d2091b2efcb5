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
    QuietStart quiet = new QuietStart(target);
    quiet.report(1, 10, "early");
    Thread.sleep(800);
    quiet.report(2, 10, "late");
    assertThat(seen).containsExactly("late");
  }
}

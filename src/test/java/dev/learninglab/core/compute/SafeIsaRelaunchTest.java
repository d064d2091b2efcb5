package dev.learninglab.core.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SafeIsaRelaunchTest {
  private static final EngineVerdict WRONG =
      new EngineVerdict(false, List.of("convolution"), "default", "2.7.1", 80);
  private static final EngineVerdict RIGHT =
      new EngineVerdict(true, List.of(), "default", "2.7.1", 80);

  @Test
  void aWrongEngineUnderTheDefaultLimitRestartsWithTheSafeOne() {
    assertThat(SafeIsaRelaunch.limitToRestartWith(WRONG, "default")).contains("SSE41");
  }

  @Test
  void aRightEngineGoesOn() {
    assertThat(SafeIsaRelaunch.limitToRestartWith(RIGHT, "default")).isEmpty();
  }

  @Test
  void aWrongEngineUnderALimitAlreadySetNeverRestartsAgain() {
    assertThat(SafeIsaRelaunch.limitToRestartWith(WRONG, "SSE41")).isEmpty();
  }
}

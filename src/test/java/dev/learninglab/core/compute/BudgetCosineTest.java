package dev.learninglab.core.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BudgetCosineTest {

  private final AtomicLong now = new AtomicLong(5_000_000_000L);

  private void advanceSeconds(double s) {
    now.addAndGet((long) (s * 1e9));
  }

  @Test
  void withoutATimeBudgetItIsTheUsualCosineOverTheUpdates() {
    BudgetCosine lr = new BudgetCosine(1e-3f, 1e-5f, 100, 0, now::get);
    advanceSeconds(1e6);
    assertThat(lr.getNewValue(0)).isCloseTo(1e-3f, within(1e-9f));
    assertThat(lr.getNewValue(50)).isCloseTo((1e-3f + 1e-5f) / 2, within(1e-9f));
    assertThat(lr.getNewValue(100)).isCloseTo(1e-5f, within(1e-9f));
    assertThat(lr.getNewValue(150)).isCloseTo(1e-5f, within(1e-9f));
  }

  @Test
  void theTimeBudgetDecaysItWhenTimeRunsOutFirst() {
    BudgetCosine lr = new BudgetCosine(1e-3f, 1e-5f, 1_000_000, 60, now::get);
    assertThat(lr.getNewValue(10)).isCloseTo(1e-3f, within(1e-8f));
    advanceSeconds(30);
    assertThat(lr.progress(10)).isCloseTo(0.5, within(1e-9));
    assertThat(lr.getNewValue(10)).isCloseTo((1e-3f + 1e-5f) / 2, within(1e-9f));
    advanceSeconds(45);
    assertThat(lr.getNewValue(10)).isCloseTo(1e-5f, within(1e-9f));
  }

  @Test
  void theUpdatesDecayItWhenTheyRunOutFirst() {
    BudgetCosine lr = new BudgetCosine(1e-3f, 1e-5f, 10, 3600, now::get);
    advanceSeconds(1);
    assertThat(lr.progress(5)).isEqualTo(0.5);
  }
}

package dev.learninglab.labs.gauntlet.model.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DrillSessionTest {
  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    private Instant now = Instant.parse("2026-11-26T09:00:00Z");

    void advanceSeconds(long s) {
      now = now.plusSeconds(s);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void timeBetweenSectionsCountsForNoSection() {
    HandClock clock = new HandClock();
    DrillSession s = new DrillSession("wrangling", 10, DrillSession.NO_SECTION, clock);
    clock.advanceSeconds(11); // the caret on the template's header
    s.focus(1);
    clock.advanceSeconds(30);
    s.focus(DrillSession.NO_SECTION);
    clock.advanceSeconds(5);
    SessionRecord r = s.finish();
    assertThat(r.sections().get(0).seconds()).isEqualTo(30);
    assertThat(r.sections().get(9).seconds()).isZero();
    assertThat(r.sections().stream().mapToLong(SectionStat::seconds).sum()).isEqualTo(30);
  }
}

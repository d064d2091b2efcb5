package dev.learninglab.labs.gauntlet.model.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulingTest {
  private static SessionRecord day(String date, boolean complete) {
    return HistoryStoreTest.session(date, complete);
  }

  @Test
  void streakCountsWeekdaysAndSkipsWeekends() {
    // Fri 20, Mon 23, Tue 24, Wed 25 complete; today Thu 26 not yet done
    List<SessionRecord> s =
        List.of(
            day("2026-11-20", true),
            day("2026-11-23", true),
            day("2026-11-24", true),
            day("2026-11-25", true));
    assertThat(Streaks.weekdayStreak(s, LocalDate.parse("2026-11-26"))).isEqualTo(4);
  }

  @Test
  void aFullGauntletOnAWeekendExtendsTheStreak() {
    // Fri 20 and Sat 21 complete; today Sun 22 not yet done
    List<SessionRecord> s = List.of(day("2026-11-20", true), day("2026-11-21", true));
    assertThat(Streaks.weekdayStreak(s, LocalDate.parse("2026-11-22"))).isEqualTo(2);
  }

  @Test
  void theHeatMapShowsEveryFinishedSession() {
    List<SessionRecord> s = List.of(day("2026-11-24", true), day("2026-11-25", false));
    assertThat(Streaks.practised(s))
        .containsOnlyKeys(LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-25"));
    assertThat(Streaks.finished(s, LocalDate.parse("2026-11-25"))).isTrue();
    assertThat(Streaks.finished(s, LocalDate.parse("2026-11-26"))).isFalse();
  }

  @Test
  void anIncompleteGauntletDoesNotCount() {
    List<SessionRecord> s = List.of(day("2026-11-24", true), day("2026-11-25", false));
    assertThat(Streaks.weekdayStreak(s, LocalDate.parse("2026-11-26"))).isZero();
    assertThat(Streaks.calendar(s)).containsOnlyKeys(LocalDate.parse("2026-11-24"));
    assertThat(Streaks.done(s, LocalDate.parse("2026-11-25"))).isFalse();
  }

  @Test
  void aFailedSectionIsDueBeforeMasteredOnes() {
    List<SessionRecord> s =
        List.of(day("2026-11-23", true), day("2026-11-24", true), day("2026-11-25", false));
    List<Spacing.Schedule> order =
        Spacing.order(s, "wrangling", 10, LocalDate.parse("2026-11-26"), 120);
    assertThat(order.get(0).section()).isEqualTo(1);
    assertThat(order.get(0).lastGrade()).isEqualTo(1);
    // three grade-5 sessions: ease 2.6, 2.7, 2.8; intervals 1, 6, round(6 * 2.8) = 17
    assertThat(order.get(1).intervalDays()).isEqualTo(17);
    assertThat(order.get(1).ease()).isCloseTo(2.8, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void sm2EaseFollowsTheFormula() {
    SessionRecord r = day("2026-11-25", true);
    Spacing.Schedule sch =
        Spacing.schedule(List.of(r), "wrangling", 3, LocalDate.parse("2026-11-26"), 10);
    // first try, no peek, 63 s > 10 s target: grade 4, ease 2.5 + 0.1 - 1 * (0.08 + 0.02) = 2.5
    assertThat(sch.lastGrade()).isEqualTo(4);
    assertThat(sch.ease()).isCloseTo(2.5, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(sch.due()).isEqualTo(LocalDate.parse("2026-11-26"));
  }

  @Test
  void drillSessionTimesTheFocusedSectionAndRecordsPeeks() {
    MutableClock clock = new MutableClock();
    DrillSession d = new DrillSession("wrangling", 10, 1, clock);
    clock.advance(30);
    d.focus(2);
    d.recordPeek(2);
    clock.advance(45);
    d.recordRun(2, true);
    d.recordRun(1, false);
    d.recordRun(1, true);
    SessionRecord r = d.finish();
    assertThat(r.sections().get(0)).isEqualTo(new SectionStat(1, 30, 2, false, true, false));
    assertThat(r.sections().get(1)).isEqualTo(new SectionStat(2, 45, 1, false, true, true));
    assertThat(r.complete()).isFalse();
    assertThat(SessionSummary.lines(r, new ArrayList<>(List.of(r))).get(0))
        .isEqualTo("Total 1:15 (your first gauntlet of this pack)");
    assertThat(SessionSummary.lines(r, List.of(r)).subList(3, 5))
        .containsExactly("   1. 0:30 pass", "   2. 0:45 pass, peeked");
  }

  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-11-26T07:00:00Z");

    void advance(long seconds) {
      now = now.plusSeconds(seconds);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}

package dev.learninglab.labs.gauntlet.model.history;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders sections "weak first" with SM-2 spacing (SuperMemo 2, as Anki began): each session grades
 * a section 0..5 from correctness and time; a grade below 3 resets its interval to one day,
 * otherwise the interval grows 1, 6, then times the ease factor. Sections due soonest (most
 * overdue) come first, the hardest (lowest ease) breaking ties.
 */
public final class Spacing {
  /** SM-2's starting ease factor. */
  static final double START_EASE = 2.5;

  private Spacing() {}

  /**
   * Where a section stands: its ease, current interval, due day and last grade (-1 if never done).
   */
  public record Schedule(
      int section, double ease, int intervalDays, LocalDate due, int lastGrade) {}

  /**
   * Grades one attempt: 5 first try without peeking within {@code targetSeconds}; 4 first try but
   * slower; 3 passed after retries; 2 passed after peeking; 1 not passed.
   */
  static int grade(SectionStat s, long targetSeconds) {
    if (!s.passed()) {
      return 1;
    }
    if (s.peeked()) {
      return 2;
    }
    if (!s.firstTryPass()) {
      return 3;
    }
    return s.seconds() <= targetSeconds ? 5 : 4;
  }

  /** The schedule of sections 1..{@code sectionCount} of a pack, due first. */
  public static List<Schedule> order(
      List<SessionRecord> sessions,
      String pack,
      int sectionCount,
      LocalDate today,
      long targetSeconds) {
    List<Schedule> out = new ArrayList<>();
    for (int n = 1; n <= sectionCount; n++) {
      out.add(schedule(sessions, pack, n, today, targetSeconds));
    }
    out.sort(
        Comparator.comparing(Schedule::due)
            .thenComparingDouble(Schedule::ease)
            .thenComparingInt(Schedule::section));
    return out;
  }

  static Schedule schedule(
      List<SessionRecord> sessions, String pack, int section, LocalDate today, long targetSeconds) {
    double ease = START_EASE;
    int reps = 0;
    int interval = 0;
    LocalDate last = null;
    int lastGrade = -1;
    for (SessionRecord r : sessions) {
      if (!r.pack().equals(pack) || r.finished() == null) {
        continue;
      }
      for (SectionStat s : r.sections()) {
        if (s.number() != section || s.runs() == 0 && !s.peeked()) {
          continue;
        }
        int q = grade(s, targetSeconds);
        ease = Math.max(1.3, ease + 0.1 - (5 - q) * (0.08 + (5 - q) * 0.02));
        if (q < 3) {
          reps = 0;
          interval = 1;
        } else {
          reps++;
          interval = reps == 1 ? 1 : reps == 2 ? 6 : (int) Math.round(interval * ease);
        }
        last = r.day();
        lastGrade = q;
      }
    }
    LocalDate due = last == null ? today.minus(1, ChronoUnit.DAYS) : last.plusDays(interval);
    return new Schedule(section, ease, interval, due, lastGrade);
  }
}

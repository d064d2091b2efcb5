package dev.learninglab.labs.gauntlet.model.history;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The weekday streak and the calendar counts. Only complete gauntlets count toward the streak; a
 * Saturday or Sunday without one does not break it (one done on a weekend extends it); today not
 * yet done does not break it either (the day is not over). The heat-map shows every finished
 * session, so a day's practice shows even before every section passes.
 */
public final class Streaks {
  private Streaks() {}

  /** Completed gauntlets per day. */
  public static Map<LocalDate, Integer> calendar(List<SessionRecord> sessions) {
    return sessions.stream()
        .filter(SessionRecord::complete)
        .collect(Collectors.toMap(SessionRecord::day, s -> 1, Integer::sum, TreeMap::new));
  }

  /** Finished sessions per day, complete or not: the days the learner practised. */
  public static Map<LocalDate, Integer> practised(List<SessionRecord> sessions) {
    return sessions.stream()
        .filter(s -> s.finished() != null)
        .collect(Collectors.toMap(SessionRecord::day, s -> 1, Integer::sum, TreeMap::new));
  }

  /** Whether a session was finished on {@code day}, complete or not. */
  public static boolean finished(List<SessionRecord> sessions, LocalDate day) {
    return practised(sessions).containsKey(day);
  }

  public static boolean done(List<SessionRecord> sessions, LocalDate day) {
    return sessions.stream().anyMatch(s -> s.complete() && s.day().equals(day));
  }

  /** Consecutive weekdays with a complete gauntlet, counting back from {@code today}. */
  public static int weekdayStreak(List<SessionRecord> sessions, LocalDate today) {
    Set<LocalDate> days = calendar(sessions).keySet();
    LocalDate d = today;
    if (!days.contains(d)) {
      d = d.minusDays(1);
    }
    int streak = 0;
    while (true) {
      if (days.contains(d)) {
        streak++;
        d = d.minusDays(1);
      } else if (isWeekend(d)) {
        d = d.minusDays(1);
      } else {
        return streak;
      }
    }
  }

  private static boolean isWeekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}

package dev.learninglab.labs.gauntlet.model.history;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A gauntlet in progress: the clock runs for the section the learner is on; runs, first-try passes
 * and peeks are recorded per section; {@link #finish()} gives the record to store. Not thread-safe:
 * the view calls it on the event thread.
 */
public final class DrillSession {
  /** Where the caret is between sections: no section's time runs. */
  public static final int NO_SECTION = 0;

  private final String pack;
  private final Clock clock;
  private final Instant started;
  private final Map<Integer, Tally> tallies = new LinkedHashMap<>();
  private int current;
  private Instant currentSince;

  private static final class Tally {
    long millis;
    int runs;
    boolean firstTryPass;
    boolean passed;
    boolean peeked;
  }

  /** Starts the clock on {@code firstSection}, or on none for {@link #NO_SECTION}. */
  public DrillSession(String pack, int sectionCount, int firstSection, Clock clock) {
    this.pack = pack;
    this.clock = clock;
    this.started = clock.instant();
    for (int n = 1; n <= sectionCount; n++) {
      tallies.put(n, new Tally());
    }
    this.current = firstSection;
    this.currentSince = started;
  }

  /**
   * The learner moved to another section: time from now on counts for it; section 0 (the caret
   * between sections) counts for none.
   */
  public void focus(int section) {
    settle();
    current = section;
  }

  public void recordRun(int section, boolean passed) {
    Tally t = tally(section);
    if (t.runs == 0) {
      t.firstTryPass = passed && !t.peeked;
    }
    t.runs++;
    t.passed |= passed;
  }

  public void recordPeek(int section) {
    tally(section).peeked = true;
  }

  /** Seconds spent on a section so far, counting the running clock. */
  public long secondsOn(int section) {
    long extra =
        section == current && section != NO_SECTION
            ? clock.millis() - currentSince.toEpochMilli()
            : 0;
    return (tally(section).millis + extra) / 1000;
  }

  public long elapsedSeconds() {
    return (clock.millis() - started.toEpochMilli()) / 1000;
  }

  public boolean passed(int section) {
    return tally(section).passed;
  }

  public SessionRecord finish() {
    settle();
    List<SectionStat> stats = new ArrayList<>();
    tallies.forEach(
        (n, t) ->
            stats.add(
                new SectionStat(n, t.millis / 1000, t.runs, t.firstTryPass, t.passed, t.peeked)));
    return new SessionRecord(
        pack, LocalDate.ofInstant(started, clock.getZone()), started, clock.instant(), stats);
  }

  private void settle() {
    Instant now = clock.instant();
    if (current != NO_SECTION) {
      tally(current).millis += now.toEpochMilli() - currentSince.toEpochMilli();
    }
    currentSince = now;
  }

  private Tally tally(int section) {
    Tally t = tallies.get(section);
    if (t == null) {
      throw new IllegalArgumentException(
          "No section " + section + " in this session (1.." + tallies.size() + ")");
    }
    return t;
  }
}

package dev.learninglab.labs.gauntlet.model.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One stored gauntlet session. {@code day} is the learner's local date when it started; the session
 * counts for the streak and the calendar when it is {@link #complete()}.
 */
public record SessionRecord(
    String pack, LocalDate day, Instant started, Instant finished, List<SectionStat> sections) {
  public SessionRecord {
    sections = List.copyOf(sections);
  }

  public long totalSeconds() {
    return sections.stream().mapToLong(SectionStat::seconds).sum();
  }

  public long peeks() {
    return sections.stream().filter(SectionStat::peeked).count();
  }

  public long firstTryPasses() {
    return sections.stream().filter(SectionStat::firstTryPass).count();
  }

  /** A full gauntlet: finished with every section passing. */
  public boolean complete() {
    return finished != null
        && !sections.isEmpty()
        && sections.stream().allMatch(SectionStat::passed);
  }
}

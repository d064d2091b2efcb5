package dev.learninglab.labs.gauntlet.model;

import java.util.List;

/** The result of checking a whole template: one entry per section of the pack. */
public record CheckReport(String pack, List<SectionResult> sections) {
  public CheckReport {
    sections = List.copyOf(sections);
  }

  public int passed() {
    return (int) sections.stream().filter(SectionResult::passed).count();
  }

  public int total() {
    return sections.size();
  }
}

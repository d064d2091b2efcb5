package dev.learninglab.labs.gauntlet.model;

import java.util.List;

/**
 * The outcome of running and checking one section: the status and a message for the learner, how
 * long it took, what the code printed, the template line an error points at (0 if none) and the
 * learner's values for display.
 */
public record SectionResult(
    int number,
    String title,
    Status status,
    String message,
    long millis,
    String output,
    int errorLine,
    List<Shown> shown) {
  public SectionResult {
    shown = List.copyOf(shown);
  }

  static SectionResult empty(Section section) {
    return new SectionResult(
        section.number(),
        section.title(),
        Status.empty,
        "Nothing written under this section yet.",
        0,
        "",
        0,
        List.of());
  }

  public boolean passed() {
    return status == Status.pass;
  }
}

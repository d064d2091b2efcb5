package dev.learninglab.labs.gauntlet.model;

import java.util.List;
import java.util.Map;

/**
 * One task inside a section: the comment shown in the blank template, the reference solution, its
 * equivalents in other languages (pandas and dplyr, or Python and R) keyed by language, and the
 * values the checker compares.
 */
public record Prompt(
    String comment, String solution, Map<String, String> rosetta, List<Check> checks) {
  public Prompt {
    rosetta = Map.copyOf(rosetta);
    checks = List.copyOf(checks);
  }
}

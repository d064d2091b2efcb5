package dev.learninglab.labs.gauntlet.model;

import java.util.List;
import java.util.stream.Collectors;

/** A numbered section of a drill pack: the code under {@code // ## N. Title} in a template. */
public record Section(int number, String title, List<Prompt> prompts) {
  public Section {
    prompts = List.copyOf(prompts);
  }

  /** The header line that starts this section in a template. */
  public String header() {
    return "// ## " + number + ". " + title;
  }

  /** The reference code of the whole section, prompt by prompt. */
  public String reference() {
    return prompts.stream().map(Prompt::solution).collect(Collectors.joining("\n"));
  }

  /** Every value the checker reads for this section, in prompt order. */
  public List<Check> checks() {
    return prompts.stream().flatMap(p -> p.checks().stream()).toList();
  }
}

package dev.learninglab.labs.gauntlet.model;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * A drill pack: numbered sections of prompts plus the code run before every section ({@code
 * imports} once per JShell VM, {@code data} afresh before each section so a section that changes
 * {@code mpg} cannot disturb the next one).
 *
 * <pre>{@code
 * Pack pack = Packs.load("wrangling");
 * String blank = Templates.blank(pack);
 * }</pre>
 */
public record Pack(
    String id,
    String title,
    List<String> rosettaLanguages,
    List<String> datasets,
    String imports,
    String data,
    List<Section> sections) {
  public Pack {
    rosettaLanguages = List.copyOf(rosettaLanguages);
    datasets = List.copyOf(datasets);
    sections = List.copyOf(sections);
  }

  public Section section(int number) {
    return sections.stream()
        .filter(s -> s.number() == number)
        .findFirst()
        .orElseThrow(
            () ->
                new NoSuchElementException(
                    "Pack `"
                        + id
                        + "` has no section "
                        + number
                        + " (it has 1.."
                        + sections.size()
                        + ")"));
  }

  /** The code the checker runs before a section: what the template's header holds. */
  public String preamble() {
    return data.isBlank() ? imports : imports + "\n" + data;
  }
}

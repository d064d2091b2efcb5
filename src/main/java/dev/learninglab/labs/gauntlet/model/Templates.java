package dev.learninglab.labs.gauntlet.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a pack as a template: a header whose code (imports, {@code mpg}) the checker runs before
 * every section, then each section as {@code // ## N. Title} and its prompt comments, blank for the
 * learner or filled with the reference solution.
 */
public final class Templates {
  private static final Pattern HEADER =
      Pattern.compile("^\\uFEFF?// Learning Lab gauntlet, pack `([^`]+)`");

  private Templates() {}

  /** The pack a template names in its first line, if it was written by {@link #blank}. */
  public static Optional<String> declaredPack(String template) {
    Matcher m = HEADER.matcher(template);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  public static String blank(Pack pack) {
    return write(pack, false);
  }

  public static String solution(Pack pack) {
    return write(pack, true);
  }

  private static String write(Pack pack, boolean filled) {
    StringBuilder out = new StringBuilder();
    out.append("// Learning Lab gauntlet, pack `")
        .append(pack.id())
        .append("`: ")
        .append(pack.title())
        .append('\n');
    out.append(
            "// Fill in every section from memory, then: learning-lab gauntlet check FILE --pack ")
        .append(pack.id())
        .append('\n');
    out.append(
        "// The code above the first section runs before each section, so every section starts afresh.\n");
    out.append(pack.preamble()).append("\n\n");
    for (Section section : pack.sections()) {
      out.append(section.header()).append("\n\n");
      for (Prompt prompt : section.prompts()) {
        out.append(prompt.comment()).append('\n');
        if (filled) {
          out.append(prompt.solution()).append('\n');
        }
        out.append('\n');
      }
    }
    return out.toString();
  }
}

package dev.learninglab.labs.gauntlet.model;

/**
 * Writes a pack as a template: a header whose code (imports, {@code mpg}) the checker runs before
 * every section, then each section as {@code // ## N. Title} and its prompt comments, blank for the
 * learner or filled with the reference solution.
 */
public final class Templates {
  private Templates() {}

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

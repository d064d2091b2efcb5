package dev.learninglab.labs.gauntlet.model;

import java.util.regex.Pattern;

/**
 * What a learner wrote under one section header, with the template line its first line sits on, so
 * errors can point at template lines.
 */
public record SectionCode(int number, String code, int firstLine) {
  private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern LINE_COMMENT = Pattern.compile("//[^\n]*");

  /** True when nothing but comments and blank space is there. */
  public boolean isEmpty() {
    String stripped =
        LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(code).replaceAll("")).replaceAll("");
    return stripped.isBlank();
  }
}

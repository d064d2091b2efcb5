package dev.learninglab.labs.gauntlet.model;

import java.util.Map;

/**
 * The learner's template while they edit it: reads and replaces one section's code, and finds which
 * section a line is in, so the lab can show one section or the whole template.
 */
public final class TemplateDraft {
  private String text;

  public TemplateDraft(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  /** The code under a section's header (empty if the header is missing). */
  public SectionCode section(int number) {
    SectionCode code = TemplateParser.sections(text).get(number);
    return code == null ? new SectionCode(number, "", 1) : code;
  }

  /** Replaces the code under section {@code number}'s header with {@code code}. */
  public void replaceSection(int number, String code) {
    String[] lines = text.split("\n", -1);
    SectionCode old = TemplateParser.sections(text).get(number);
    if (old == null) {
      throw new IllegalArgumentException("The template has no `// ## " + number + ". ...` header");
    }
    int from = old.firstLine() - 1;
    int to = from + (int) old.code().lines().count();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < from; i++) {
      out.append(lines[i]).append('\n');
    }
    out.append(code.endsWith("\n") ? code : code + "\n");
    for (int i = to; i < lines.length; i++) {
      out.append(lines[i]);
      if (i < lines.length - 1) {
        out.append('\n');
      }
    }
    text = out.toString();
  }

  /** The section whose header is at or above template line {@code line} (1-based); 0 if none. */
  public int sectionAt(int line) {
    int found = 0;
    for (Map.Entry<Integer, SectionCode> e : TemplateParser.sections(text).entrySet()) {
      if (e.getValue().firstLine() - 1 <= line) {
        found = e.getKey();
      }
    }
    return found;
  }
}

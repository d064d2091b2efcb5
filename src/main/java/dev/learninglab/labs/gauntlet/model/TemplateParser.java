package dev.learninglab.labs.gauntlet.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a filled template into its sections at the {@code // ## N. Title} lines. A section's code
 * runs up to the next header; JShell commands such as {@code /exit} are blanked (keeping line
 * numbers) so a notebook can be checked as it is. A line {@code // ## end} closes the last section:
 * what follows (a notebook's printing, say) is not checked.
 */
public final class TemplateParser {
  private static final Pattern HEADER = Pattern.compile("^//\\s*##\\s*(\\d+)\\.\\s*(.*)$");
  private static final Pattern END = Pattern.compile("^//\\s*##\\s*end\\b.*$");

  private TemplateParser() {}

  /** Section number to code; a number that occurs twice is an error naming both lines. */
  public static Map<Integer, SectionCode> sections(String template) {
    String[] lines = template.replace("\r\n", "\n").split("\n", -1);
    Map<Integer, SectionCode> out = new LinkedHashMap<>();
    Map<Integer, Integer> headerLines = new LinkedHashMap<>();
    int current = -1;
    int first = 0;
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      Matcher m = HEADER.matcher(lines[i].strip());
      if (END.matcher(lines[i].strip()).matches()) {
        if (current > 0) {
          out.put(current, new SectionCode(current, code.toString(), first));
        }
        current = -1;
      } else if (m.matches()) {
        if (current > 0) {
          out.put(current, new SectionCode(current, code.toString(), first));
        }
        current = Integer.parseInt(m.group(1));
        Integer earlier = headerLines.put(current, i + 1);
        if (earlier != null) {
          throw new IllegalArgumentException(
              "Section " + current + " starts twice: on line " + earlier + " and line " + (i + 1));
        }
        first = i + 2;
        code.setLength(0);
      } else if (current > 0) {
        code.append(isJShellCommand(lines[i]) ? "" : lines[i]).append('\n');
      }
    }
    if (current > 0) {
      out.put(current, new SectionCode(current, code.toString(), first));
    }
    return out;
  }

  private static boolean isJShellCommand(String line) {
    String s = line.strip();
    return s.startsWith("/") && !s.startsWith("//") && !s.startsWith("/*");
  }
}

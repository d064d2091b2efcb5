package dev.learninglab.labs.editdistance.model;

import dev.learninglab.core.io.Quote;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A pip requirements list read from text: one requirement a line; blank lines and {@code #}
 * comments (whole-line, or after whitespace at the end of a line) are dropped.
 *
 * <p>Files that are not requirement lists get a message naming the file and the problem (see {@link
 * TextFiles}), or saying that it holds no requirement at all.
 *
 * @param name where the lines came from, for messages and reports
 * @param lines the requirement lines as written (not yet normalised)
 */
public record RequirementList(String name, List<String> lines) {
  /**
   * Longer lines are refused: matching compares every line with every other, so one 50 MB line kept
   * the matcher busy for minutes with no progress to show. A 10 MB line (a test of the lab's
   * abbreviated display) still matches.
   */
  public static final int MAX_LINE_CHARS = 16 << 20;

  public RequirementList {
    lines = List.copyOf(lines);
  }

  public static RequirementList read(Path file) {
    return parse(file.toString(), TextFiles.read(file));
  }

  /** Parses bytes that claim to be a UTF-8 requirement list. */
  public static RequirementList parse(String name, byte[] bytes) {
    return parse(name, TextFiles.decode(name, bytes));
  }

  /** Parses the text of a requirement list. */
  public static RequirementList parse(String name, String text) {
    List<String> lines = new ArrayList<>();
    String[] raws = TextFiles.lines(text);
    for (int i = 0; i < raws.length; i++) {
      String raw = raws[i];
      if (raw.length() > MAX_LINE_CHARS) {
        throw new IllegalArgumentException(
            name
                + " line "
                + (i + 1)
                + " is "
                + raw.length()
                + " characters long, more than the "
                + MAX_LINE_CHARS
                + " a requirement line may have: "
                + Quote.of(raw));
      }
      String line = withoutComment(raw);
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(
          name + " has no requirements (it is empty or holds only blank lines and # comments)");
    }
    return new RequirementList(name, lines);
  }

  /** Cuts a comment: a line starting with # or text after whitespace followed by #. */
  private static String withoutComment(String line) {
    String t = line.strip();
    if (t.startsWith("#")) {
      return "";
    }
    for (int i = 1; i < t.length(); i++) {
      if (t.charAt(i) == '#' && Character.isWhitespace(t.charAt(i - 1))) {
        return t.substring(0, i);
      }
    }
    return line;
  }
}

package dev.learninglab.labs.editdistance.model;

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
    for (String raw : TextFiles.lines(text)) {
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

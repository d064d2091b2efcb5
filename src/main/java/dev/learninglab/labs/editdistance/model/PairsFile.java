package dev.learninglab.labs.editdistance.model;

import dev.learninglab.core.io.Quote;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A file of string pairs, one pair a line, source and target separated by a tab. Blank lines are
 * skipped; a line without a tab is an error that names the file and the line.
 */
public final class PairsFile {
  /** One line of the file. */
  public record Pair(String source, String target) {}

  private PairsFile() {}

  public static List<Pair> read(Path file) {
    return parse(file.toString(), TextFiles.read(file));
  }

  static List<Pair> parse(String name, String text) {
    List<Pair> pairs = new ArrayList<>();
    String[] lines = TextFiles.lines(text);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalArgumentException(
            name
                + " line "
                + (i + 1)
                + ": expected SOURCE<TAB>TARGET, found no tab in "
                + Quote.of(line));
      }
      pairs.add(new Pair(line.substring(0, tab), line.substring(tab + 1)));
    }
    if (pairs.isEmpty()) {
      throw new IllegalArgumentException(name + " has no pairs (expected SOURCE<TAB>TARGET lines)");
    }
    return pairs;
  }
}

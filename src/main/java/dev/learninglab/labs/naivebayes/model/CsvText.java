package dev.learninglab.labs.naivebayes.model;

import dev.learninglab.core.compute.MemoryBudget;
import dev.learninglab.core.io.TextInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The lines of a comma-separated file (plain or {@code .gz}) split into cells; double quotes may
 * wrap a cell that contains commas. Blank lines are skipped. No type guessing: that is the caller's
 * job, so it can say which column failed. Reading is capped and strict (see {@link TextInput}): a
 * leading BOM is dropped, a file that is not UTF-8 is refused by name.
 */
final class CsvText {
  private CsvText() {}

  /**
   * Files (after decompression) larger than this are refused: the cells are kept as strings, which
   * take about ten times the file's size in memory.
   */
  static final long MAX_BYTES = 128L << 20;

  /** The longest line read: far beyond any table's row, and no 128 MB line is built. */
  static final int MAX_LINE = 1 << 20;

  static List<String[]> read(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    // the size cap first (TextInput.open refuses a file over it by its size), then the memory
    try (InputStream raw = TextInput.open(file, MAX_BYTES)) {
      if (Files.isRegularFile(file) && !file.toString().endsWith(".gz")) {
        MemoryBudget.require(Files.size(file) * 10, "Reading " + file.getFileName());
      }
      try (InputStream in =
              file.toString().endsWith(".gz")
                  ? TextInput.capped(new GZIPInputStream(raw), MAX_BYTES, file.toString())
                  : raw;
          BufferedReader reader = TextInput.reader(in, file.toString())) {
        String line;
        long number = 0;
        while ((line = TextInput.readLine(reader, MAX_LINE, file.toString(), ++number)) != null) {
          if (!line.isBlank()) {
            rows.add(split(line));
          }
        }
      }
    }
    return rows;
  }

  static String[] split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        cells.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    cells.add(cell.toString().trim());
    return cells.toArray(String[]::new);
  }
}

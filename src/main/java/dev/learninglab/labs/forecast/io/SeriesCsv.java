package dev.learninglab.labs.forecast.io;

import dev.learninglab.core.data.Sha256;
import dev.learninglab.core.io.Quote;
import dev.learninglab.core.io.TextInput;
import dev.learninglab.labs.forecast.model.Series;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a price series from a CSV with a header: one date column (ISO dates, yyyy-MM-dd) and one
 * numeric column. Lines starting with '#' are comments (matplotlib's Stocks.csv has one), empty
 * cells before a series' first value are skipped (a ticker not yet listed), and every other problem
 * is refused with one line naming the row.
 */
public final class SeriesCsv {
  /** The largest file read: price histories are kilobytes, so this only stops accidents. */
  public static final long MAX_BYTES = 64L << 20;

  private SeriesCsv() {}

  /**
   * The series in {@code file}; {@code dateColumn} null picks the first header containing "date",
   * {@code valueColumn} null picks "close" (both case-insensitive).
   */
  public static Series read(Path file, String id, String dateColumn, String valueColumn, int window)
      throws IOException {
    String text = TextInput.read(file, MAX_BYTES);
    String[] lines = text.split("\r?\n", -1);
    int header = 0;
    while (header < lines.length && (lines[header].startsWith("#") || lines[header].isBlank())) {
      header++;
    }
    if (header == lines.length) {
      throw new IOException(file + " is empty; expected a header line and one row per date");
    }
    List<String> names = cells(lines[header]);
    int dateAt = column(names, dateColumn, "date", file, "--date-column");
    int valueAt = column(names, valueColumn, "close", file, "--value-column");
    String source = file.getFileName() + " column " + names.get(valueAt);
    List<LocalDate> dates = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    int firstRow = -1;
    for (int i = header + 1; i < lines.length; i++) {
      if (lines[i].isBlank() || lines[i].startsWith("#")) {
        continue;
      }
      List<String> row = cells(lines[i]);
      int line = i + 1;
      if (row.size() <= Math.max(dateAt, valueAt)) {
        throw new IOException(
            "%s line %d has %d cells, fewer than the header's %d"
                .formatted(file, line, row.size(), names.size()));
      }
      String cell = row.get(valueAt).trim();
      if (cell.isEmpty() && values.isEmpty()) {
        continue; // not yet listed
      }
      if (firstRow < 0) {
        firstRow = line;
      }
      dates.add(date(row.get(dateAt).trim(), file, line));
      values.add(number(cell, file, line, names.get(valueAt)));
    }
    if (values.isEmpty()) {
      throw new IOException(file + " has no rows with a value in " + names.get(valueAt));
    }
    try {
      return Series.checked(
          id,
          file.toString(),
          Sha256.of(file),
          dates,
          values.stream().mapToDouble(Double::doubleValue).toArray(),
          firstRow,
          window);
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static int column(
      List<String> names, String wanted, String usual, Path file, String option)
      throws IOException {
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).trim().toLowerCase(Locale.ROOT);
      if (wanted == null ? name.contains(usual) : name.equals(wanted.toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    throw new IOException(
        "%s has no %s column (columns: %s)%s"
            .formatted(
                file,
                wanted == null ? "\"" + usual + "\"" : Quote.of(wanted),
                Quote.of(String.join(", ", names)),
                wanted == null ? "; name one with " + option : ""));
  }

  private static LocalDate date(String cell, Path file, int line) throws IOException {
    try {
      return LocalDate.parse(cell.length() > 10 ? cell.substring(0, 10) : cell);
    } catch (DateTimeParseException e) {
      throw new IOException(
          "%s line %d: %s is not a date (expected yyyy-MM-dd)"
              .formatted(file, line, Quote.of(cell)));
    }
  }

  private static double number(String cell, Path file, int line, String column) throws IOException {
    try {
      return Double.parseDouble(cell);
    } catch (NumberFormatException e) {
      throw new IOException(
          "%s line %d: %s in column %s is not a number"
              .formatted(file, line, Quote.of(cell), Quote.of(column)));
    }
  }

  /** Splits one CSV line; a cell in double quotes may hold commas and doubled quotes. */
  static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }
}

package dev.learninglab.labs.smell.model.data;

import dev.learninglab.core.io.TextInput;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** A CSV of molecules: every column read as text, one of them holding SMILES. */
public final class SmilesCsv {
  private final Path file;
  private final Table table;
  private final String smilesColumn;

  private SmilesCsv(Path file, Table table, String smilesColumn) {
    this.file = file;
    this.table = table;
    this.smilesColumn = smilesColumn;
  }

  /** The most a molecule CSV may hold (the lab's largest data set is under 1 MB). */
  private static final long MAX_BYTES = 64L << 20;

  /** Reads the file; a missing file or column is an error naming both. */
  public static SmilesCsv read(Path file, String smilesColumn) {
    String text;
    try {
      // capped, strict UTF-8 (a Latin-1 file is named with its line, not read as CC�O)
      text = TextInput.read(file, MAX_BYTES);
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    Table table;
    try {
      table =
          Table.read()
              .csv(
                  CsvReadOptions.builder(new StringReader(text))
                      .columnTypes(name -> ColumnType.STRING)
                      .maxCharsPerColumn(100_000)
                      .build());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "Could not read " + file + " as CSV: " + e.getMessage(), e);
    }
    SmilesCsv csv = new SmilesCsv(file, table, smilesColumn);
    csv.requireColumn(smilesColumn);
    return csv;
  }

  /** The SMILES, one per data row (row 0 is the first line after the header). */
  public List<String> values() {
    return column(smilesColumn);
  }

  public List<String> column(String name) {
    requireColumn(name);
    return table.stringColumn(name).asList();
  }

  public List<String> columnNames() {
    return table.columnNames();
  }

  public int rowCount() {
    return table.rowCount();
  }

  private void requireColumn(String name) {
    if (!table.columnNames().contains(name)) {
      throw new IllegalArgumentException(
          file + " has no column '" + name + "'; its columns are " + table.columnNames());
    }
  }
}

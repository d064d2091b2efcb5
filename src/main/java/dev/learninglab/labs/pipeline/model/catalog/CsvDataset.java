package dev.learninglab.labs.pipeline.model.catalog;

import dev.learninglab.core.io.TextInput;
import java.io.IOException;
import java.nio.file.Path;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;
import tech.tablesaw.io.csv.CsvWriteOptions;

/** A Tablesaw {@link Table} stored as CSV (Kedro's {@code pandas.CSVDataset}). */
public final class CsvDataset extends FileDataset {
  /** Tablesaw's default is 4096; a longer cell is still refused, in one line. */
  static final int MAX_CELL_CHARS = 1 << 20;

  /** How much of a file is checked to be text before Tablesaw reads it. */
  private static final int TEXT_CHECK_BYTES = 64 << 10;

  public CsvDataset(String name, Path filepath, Versioning versioning) {
    super(name, filepath, versioning);
  }

  @Override
  protected Object read(Path file) throws IOException {
    // Tablesaw reads binary bytes as cells and would echo them in its messages
    try {
      TextInput.requireText(file, TEXT_CHECK_BYTES);
    } catch (IOException e) {
      throw new DatasetException("Dataset `" + name + "` (csv): " + e.getMessage(), e);
    }
    return Table.read()
        .csv(
            CsvReadOptions.builder(file.toFile())
                .tableName(name)
                .maxCharsPerColumn(MAX_CELL_CHARS)
                .build());
  }

  @Override
  protected void write(Path file, Object value) throws IOException {
    Tables.require(value, name).write().csv(CsvWriteOptions.builder(file.toFile()).build());
  }

  @Override
  public String type() {
    return "csv";
  }
}

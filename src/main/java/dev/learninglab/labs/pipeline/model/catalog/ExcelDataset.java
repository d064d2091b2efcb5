package dev.learninglab.labs.pipeline.model.catalog;

import java.io.IOException;
import java.nio.file.Path;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.xlsx.XlsxWriteOptions;
import tech.tablesaw.io.xlsx.XlsxWriter;

/**
 * The first sheet of an .xlsx workbook as a Tablesaw {@link Table} (Kedro's {@code
 * pandas.ExcelDataset}).
 */
public final class ExcelDataset extends FileDataset {
  public ExcelDataset(String name, Path filepath, Versioning versioning) {
    super(name, filepath, versioning);
  }

  @Override
  protected Object read(Path file) throws IOException {
    return XlsxTables.read(file, name);
  }

  @Override
  protected void write(Path file, Object value) throws IOException {
    new XlsxWriter()
        .write(Tables.require(value, name), XlsxWriteOptions.builder(file.toFile()).build());
  }

  @Override
  public String type() {
    return "excel";
  }
}

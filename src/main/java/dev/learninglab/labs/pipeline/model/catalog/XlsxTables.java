package dev.learninglab.labs.pipeline.model.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Reads the first sheet of an .xlsx into a table by streaming its XML (POI opens the package and
 * the shared strings; StAX reads the cells), typed as pandas' {@code read_excel} does: a column of
 * numbers becomes doubles (parsed from the stored text, so exact), of booleans booleans, anything
 * else text; blank cells are missing. Tablesaw's XlsxReader took about 25 s on spaceflights'
 * 15,531-row sheet, POI's in-memory workbook about 10 s.
 */
final class XlsxTables {
  private XlsxTables() {}

  /** One stored cell: its raw text and kind (n number, s text, b boolean). */
  private record Cell(char kind, String text) {}

  static Table read(Path file, String name) throws IOException {
    List<List<Cell>> rows = new ArrayList<>();
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      if (!sheets.hasNext()) {
        return Table.create(name);
      }
      try (InputStream sheet = sheets.next()) {
        parse(sheet, strings, rows);
      }
    } catch (OpenXML4JException | SAXException | XMLStreamException e) {
      throw new IOException("not a readable .xlsx workbook: " + e.getMessage(), e);
    }
    if (rows.isEmpty()) {
      return Table.create(name);
    }
    List<Cell> header = rows.get(0);
    List<List<Cell>> body = rows.subList(1, rows.size());
    Table t = Table.create(name);
    for (int c = 0; c < header.size(); c++) {
      Cell h = header.get(c);
      t.addColumns(column(h == null ? "Unnamed: " + c : h.text(), body, c));
    }
    return t;
  }

  private static void parse(
      InputStream in, ReadOnlySharedStringsTable strings, List<List<Cell>> rows)
      throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader x = f.createXMLStreamReader(in);
    List<Cell> row = null;
    int col = 0;
    String type = null;
    StringBuilder text = new StringBuilder();
    boolean inValue = false;
    while (x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamReader.START_ELEMENT) {
        switch (x.getLocalName()) {
          case "row" -> row = new ArrayList<>();
          case "c" -> {
            col = column(x.getAttributeValue(null, "r"), row.size());
            type = x.getAttributeValue(null, "t");
            text.setLength(0);
          }
          case "v", "t" -> inValue = true;
          default -> {}
        }
      } else if (ev == XMLStreamReader.CHARACTERS && inValue) {
        text.append(x.getText());
      } else if (ev == XMLStreamReader.END_ELEMENT) {
        switch (x.getLocalName()) {
          case "v", "t" -> inValue = false;
          case "c" -> {
            while (row.size() < col) {
              row.add(null);
            }
            row.add(cell(type, text.toString(), strings));
          }
          case "row" -> rows.add(row);
          default -> {}
        }
      }
    }
  }

  /**
   * A cell, or null for blank. Empty text counts as blank (pandas reads it as NaN), and so do error
   * cells: Tablesaw's writer stores a missing number as {@code #NUM!}.
   */
  private static Cell cell(String type, String raw, ReadOnlySharedStringsTable strings) {
    if ("e".equals(type)) {
      return null;
    }
    if (type == null || type.equals("n")) {
      return raw.isEmpty() ? null : new Cell('n', raw);
    }
    String text =
        switch (type) {
          case "s" -> strings.getItemAt(Integer.parseInt(raw.trim())).getString();
          case "b" -> raw.trim().equals("1") ? "true" : "false";
          default -> raw; // inlineStr, str (formula text)
        };
    return text.isEmpty() ? null : new Cell(type.equals("b") ? 'b' : 's', text);
  }

  /** The 0-based column of a reference like {@code AB12}; without one, the next column. */
  private static int column(String ref, int next) {
    if (ref == null) {
      return next;
    }
    int c = 0;
    for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
      c = c * 26 + (ref.charAt(i) - 'A' + 1);
    }
    return c - 1;
  }

  private static Column<?> column(String name, List<List<Cell>> rows, int c) {
    char kind = 0;
    for (List<Cell> row : rows) {
      Cell cell = c < row.size() ? row.get(c) : null;
      if (cell != null) {
        kind = kind == 0 || kind == cell.kind() ? cell.kind() : 's';
      }
    }
    int n = rows.size();
    Column<?> out =
        switch (kind) {
          case 'n' -> DoubleColumn.create(name, n);
          case 'b' -> BooleanColumn.create(name, n);
          default -> StringColumn.create(name, n);
        };
    for (int i = 0; i < n; i++) {
      List<Cell> row = rows.get(i);
      Cell cell = c < row.size() ? row.get(c) : null;
      if (cell == null) {
        out.setMissing(i);
      } else if (out instanceof DoubleColumn d) {
        d.set(i, Double.parseDouble(cell.text()));
      } else if (out instanceof BooleanColumn b) {
        b.set(i, Boolean.parseBoolean(cell.text()));
      } else {
        ((StringColumn) out).set(i, cell.text());
      }
    }
    return out;
  }
}

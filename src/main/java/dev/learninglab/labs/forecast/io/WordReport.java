package dev.learninglab.labs.forecast.io;

import static dev.learninglab.labs.forecast.model.ForecastTexts.T;

import dev.learninglab.core.io.AtomicFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The report as a Word document (.docx) through Apache POI, charts embedded, written atomically.
 */
public final class WordReport {
  /** Charts are 16 cm wide on the page. */
  private static final double FIGURE_CM = 16;

  private WordReport() {}

  public static void write(ForecastReport r, Path file) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      heading(doc, r.title(), 18);
      for (ForecastReport.Section s : r.sections()) {
        heading(doc, s.heading(), 14);
        s.paragraphs().forEach(p -> text(doc, p));
      }
      heading(doc, T.get("forecast.report.charts"), 14);
      for (ForecastReport.Figure f : r.figures()) {
        XWPFRun run = doc.createParagraph().createRun();
        int width = Units.toEMU(FIGURE_CM / 2.54 * 72);
        int height = (int) ((long) width * f.height() / f.width());
        try {
          run.addPicture(
              new ByteArrayInputStream(f.png()),
              Document.PICTURE_TYPE_PNG,
              f.stem() + ".png",
              width,
              height);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
          throw new IOException("cannot embed the chart " + f.stem() + ": " + e.getMessage(), e);
        }
        text(doc, f.caption());
      }
      heading(doc, T.get("forecast.report.errors"), 14);
      XWPFTable table = doc.createTable(r.table().size() + 1, r.tableHeader().size());
      fill(table.getRow(0), r.tableHeader());
      for (int i = 0; i < r.table().size(); i++) {
        fill(table.getRow(i + 1), r.table().get(i));
      }
      heading(doc, T.get("forecast.report.verdict"), 14);
      text(doc, r.verdict());
      heading(doc, T.get("forecast.report.reproduce"), 14);
      for (String c : r.commands()) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setFontFamily("Courier New");
        run.setText(c);
      }
      AtomicFiles.write(file, doc::write);
    }
  }

  private static void heading(XWPFDocument doc, String text, int points) {
    XWPFRun run = doc.createParagraph().createRun();
    run.setBold(true);
    run.setFontSize(points);
    run.setText(text);
  }

  private static void text(XWPFDocument doc, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.createRun().setText(text);
  }

  private static void fill(XWPFTableRow row, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      row.getCell(i).setText(cells.get(i));
    }
  }
}

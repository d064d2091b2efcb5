package dev.learninglab.labs.forecast.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.testing.Cli;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of the shipped model, read back: POI opens the .docx POI wrote, figures included. */
class ReportFilesTest {
  @TempDir Path dir;

  @Test
  void theWordReportHasTheTableTheFiguresAndTheVerdict() throws Exception {
    Path docx = dir.resolve("run.docx");
    Cli run = Cli.run("forecast", "report", "--model", "shipped", "--out", docx.toString());
    assertThat(run.code()).as(run.err()).isZero();
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument doc = new XWPFDocument(in);
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(doc.getAllPictures()).hasSize(3);
      assertThat(doc.getTables()).hasSize(1);
      assertThat(doc.getTables().get(0).getRows()).hasSize(5);
      assertThat(doc.getTables().get(0).getRow(2).getCell(0).getText()).isEqualTo("persistence");
      assertThat(doc.getTables().get(0).getRow(2).getCell(1).getText()).isEqualTo("231.1639");
      assertThat(text.getText())
          .contains(
              "The LSTM's MSE is 1.67× persistence",
              "sha256 400917cf30e6b664f7b0da93d7c745860d3aa9008da8b7f160d2dd12e6a318b1",
              "learning-lab forecast train --series goog --window 50 --epochs 150");
    }
  }

  @Test
  void theMarkdownReportLinksItsChartsBesideIt() throws Exception {
    Path md = dir.resolve("run.md");
    Cli run = Cli.run("forecast", "report", "--model", "shipped", "--out", md.toString());
    assertThat(run.code()).as(run.err()).isZero();
    String text = Files.readString(md);
    for (String stem : new String[] {"price", "forecasts", "residuals"}) {
      Path png = dir.resolve("run-" + stem + ".png");
      assertThat(text).contains("(run-" + stem + ".png)");
      assertThat(Files.readAllBytes(png))
          .startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }
    assertThat(text).contains("| persistence | 231.1639 |");
  }

  @Test
  void aBadOutputIsRefusedBeforeAnythingIsWritten() throws Exception {
    Cli txt =
        Cli.run(
            "forecast", "report", "--model", "shipped", "--out", dir.resolve("r.txt").toString());
    assertThat(txt.code()).isEqualTo(1);
    assertThat(txt.err()).contains("must end in .md or .docx");
    Path folder = Files.createDirectory(dir.resolve("x.md"));
    Cli intoFolder =
        Cli.run("forecast", "report", "--model", "shipped", "--out", folder.toString());
    assertThat(intoFolder.code()).isEqualTo(1);
    assertThat(intoFolder.err()).contains("is a folder");
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("x.md");
    }
  }
}

package dev.learninglab.labs.forecast.io;

import static dev.learninglab.labs.forecast.model.ForecastTexts.T;

import dev.learninglab.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as Markdown: {@code NAME.md} with its charts beside it as {@code NAME-price.png} …,
 * each file written atomically.
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  /** Writes the report and its figures; returns every file written. */
  public static List<Path> write(ForecastReport r, Path file) throws IOException {
    String stem = file.getFileName().toString().replaceFirst("\\.md$", "");
    Path dir = file.toAbsolutePath().getParent();
    StringBuilder md = new StringBuilder("# ").append(r.title()).append("\n\n");
    for (ForecastReport.Section s : r.sections()) {
      md.append("## ").append(s.heading()).append("\n\n");
      s.paragraphs().forEach(p -> md.append(p).append("\n\n"));
    }
    md.append("## ").append(T.get("forecast.report.charts")).append("\n\n");
    List<Path> written = new ArrayList<>();
    for (ForecastReport.Figure f : r.figures()) {
      String name = stem + "-" + f.stem() + ".png";
      md.append("![").append(f.caption()).append("](").append(name).append(")\n\n");
    }
    md.append("## ").append(T.get("forecast.report.errors")).append("\n\n");
    md.append("| ").append(String.join(" | ", r.tableHeader())).append(" |\n");
    md.append("|---").append("|---:".repeat(r.tableHeader().size() - 1)).append("|\n");
    r.table().forEach(row -> md.append("| ").append(String.join(" | ", row)).append(" |\n"));
    md.append("\n## ")
        .append(T.get("forecast.report.verdict"))
        .append("\n\n")
        .append(r.verdict())
        .append("\n\n");
    md.append("## ").append(T.get("forecast.report.reproduce")).append("\n\n```\n");
    r.commands().forEach(c -> md.append(c).append('\n'));
    md.append("```\n");
    AtomicFiles.writableTarget(
        file); // a folder or device as the target is refused before any write
    for (ForecastReport.Figure f : r.figures()) {
      Path png = dir.resolve(stem + "-" + f.stem() + ".png");
      AtomicFiles.write(png, out -> out.write(f.png()));
      written.add(png);
    }
    AtomicFiles.writeString(file, md.toString());
    written.add(0, file);
    return written;
  }
}

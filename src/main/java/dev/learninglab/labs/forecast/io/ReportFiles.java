package dev.learninglab.labs.forecast.io;

import dev.learninglab.core.io.Quote;
import dev.learninglab.labs.forecast.model.Evaluation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes a run's report as .md (with PNG charts beside it) or .docx, chosen by the name. */
public final class ReportFiles {
  private ReportFiles() {}

  /** Refuses a name that is neither .md nor .docx, before any work. */
  public static void checkName(Path file) {
    String name =
        file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".md") && !name.endsWith(".docx")) {
      throw new IllegalArgumentException(
          "--out must end in .md or .docx, got " + Quote.of(file.toString()));
    }
  }

  /** Writes the report; returns the files written. */
  public static List<Path> write(Evaluation e, int keptEpoch, String modelDir, Path file)
      throws IOException {
    checkName(file);
    ForecastReport report = ForecastReport.of(e, keptEpoch, modelDir);
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
      return MarkdownReport.write(report, file);
    }
    WordReport.write(report, file);
    return List.of(file);
  }
}

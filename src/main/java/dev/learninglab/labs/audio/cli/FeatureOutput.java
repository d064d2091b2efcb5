package dev.learninglab.labs.audio.cli;

import static dev.learninglab.labs.audio.model.AudioTexts.T;

import dev.learninglab.core.image.PictureFiles;
import dev.learninglab.core.io.AtomicFiles;
import dev.learninglab.core.io.Json;
import dev.learninglab.labs.audio.io.ChartStyle;
import dev.learninglab.labs.audio.io.Heatmap;
import dev.learninglab.labs.audio.model.FeatureReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/** What the feature commands share: JSON or a text summary on stdout, optional CSV and PNG. */
final class FeatureOutput {
  private FeatureOutput() {}

  static void write(
      PrintWriter out,
      String what,
      FeatureReport report,
      boolean json,
      Path csv,
      Supplier<String> csvText,
      Path png,
      Supplier<Heatmap> picture)
      throws IOException {
    if (csv != null) {
      AtomicFiles.writeString(csv, csvText.get());
    }
    if (png != null) {
      PictureFiles.writePng(picture.get().render(1000, 480, ChartStyle.print()), png);
    }
    if (json) {
      Json.print(out, report);
    } else {
      out.println(
          T.get(
              "audio.cli.feature",
              what,
              report.shape().get(0),
              report.shape().get(1),
              report.sr(),
              report.samples(),
              report.nFft(),
              report.hop(),
              report.tuning() == null
                  ? ""
                  : T.get(
                      "audio.cli.tuning", String.format(Locale.ROOT, "%+.2f", report.tuning()))));
      out.println(
          T.get(
              "audio.cli.summary",
              String.format(Locale.ROOT, "%.6g", report.summary().sum()),
              String.format(Locale.ROOT, "%.6g", report.summary().max()),
              String.format(Locale.ROOT, "%.6g", report.summary().min())));
      if (csv != null) {
        out.println(T.get("audio.cli.csvWritten", csv));
      }
      if (png != null) {
        out.println(T.get("audio.cli.pngWritten", png));
      }
    }
    out.flush();
  }
}

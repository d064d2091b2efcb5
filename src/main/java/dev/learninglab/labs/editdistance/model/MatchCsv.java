package dev.learninglab.labs.editdistance.model;

import dev.learninglab.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a match report as CSV (RFC 4180 quoting), atomically: package,best,distance,correct. */
public final class MatchCsv {
  private MatchCsv() {}

  public static String format(MatchReport report) {
    StringBuilder out = new StringBuilder("package,best,distance,correct\r\n");
    for (Match m : report.matches()) {
      out.append(quote(m.pkg()))
          .append(',')
          .append(quote(m.best()))
          .append(',')
          .append(m.distance())
          .append(',')
          .append(m.correct())
          .append("\r\n");
    }
    return out.toString();
  }

  public static void write(MatchReport report, Path file) throws IOException {
    AtomicFiles.writeString(file, format(report));
  }

  private static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}

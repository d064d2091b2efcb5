package dev.learninglab.labs.editdistance.cli;

import dev.learninglab.labs.editdistance.model.EditStep;
import dev.learninglab.labs.editdistance.model.Match;
import dev.learninglab.labs.editdistance.model.MatchReport;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The human-readable form of the command's results. Absent values print as {@code -} (an insert's
 * source character, a delete's target character).
 */
final class TextReport {
  private TextReport() {}

  static void distance(PrintWriter out, String source, String target, DistanceResult r) {
    out.println("distance: " + r.distance());
    if (r.operations() == null) {
      out.println("operations: -  (" + r.note() + ")");
    } else {
      out.println("operations:");
      out.printf(
          Locale.ROOT,
          "  %-10s %6s %6s %4s %4s %5s%n",
          "op",
          "source",
          "target",
          "from",
          "to",
          "cost");
      for (EditStep s : r.operations()) {
        out.printf(
            Locale.ROOT,
            "  %-10s %6d %6d %4s %4s %5d%n",
            s.op().label(),
            s.sourceIndex(),
            s.targetIndex(),
            dash(s.from()),
            dash(s.to()),
            s.cost());
      }
    }
    if (r.matrix() != null) {
      matrix(out, source, target, r.matrix());
    }
    out.flush();
  }

  private static void matrix(PrintWriter out, String source, String target, long[][] m) {
    int width = 2;
    for (long[] row : m) {
      for (long v : row) {
        width = Math.max(width, Long.toString(v).length() + 1);
      }
    }
    String cell = "%" + width + "s";
    out.println("matrix:");
    StringBuilder head =
        new StringBuilder("  " + String.format(cell, "") + String.format(cell, "#"));
    target
        .codePoints()
        .forEach(c -> head.append(String.format(cell, new String(Character.toChars(c)))));
    out.println(head);
    int[] src = source.codePoints().toArray();
    for (int i = 0; i < m.length; i++) {
      StringBuilder line = new StringBuilder("  ");
      line.append(String.format(cell, i == 0 ? "#" : new String(Character.toChars(src[i - 1]))));
      for (long v : m[i]) {
        line.append(String.format(cell, v));
      }
      out.println(line);
    }
  }

  static void match(PrintWriter out, MatchReport r) {
    out.printf(Locale.ROOT, "%-40s %-40s %8s %s%n", "package", "best", "distance", "correct");
    for (Match m : r.matches()) {
      out.printf(
          Locale.ROOT,
          "%-40s %-40s %8d %s%n",
          cut(m.pkg()),
          cut(m.best()),
          m.distance(),
          m.correct() ? "yes" : "no");
    }
    out.printf(
        Locale.ROOT,
        "total: %d%ncorrect: %d%naccuracy: %.4f%n",
        r.total(),
        r.correct(),
        r.accuracy());
    out.printf(
        Locale.ROOT,
        "matchable: %d%nmatchable accuracy: %s%n",
        r.matchable(),
        r.matchableAccuracy() == null
            ? "-"
            : String.format(Locale.ROOT, "%.4f", r.matchableAccuracy()));
    out.println(
        "unmatched ("
            + r.unmatched().size()
            + "): "
            + (r.unmatched().isEmpty()
                ? "-"
                : String.join(", ", r.unmatched().stream().map(TextReport::cut).toList())));
    out.flush();
  }

  private static String dash(String s) {
    return s == null ? "-" : s;
  }

  /** Long lines (a 10 MB "package") would drown the table. */
  private static String cut(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}

package dev.learninglab.labs.editdistance.cli;

import static dev.learninglab.labs.editdistance.model.EditDistanceTexts.T;

import dev.learninglab.core.i18n.Columns;
import dev.learninglab.labs.editdistance.model.EditDistance;
import dev.learninglab.labs.editdistance.model.EditStep;
import dev.learninglab.labs.editdistance.model.Match;
import dev.learninglab.labs.editdistance.model.MatchReport;
import dev.learninglab.labs.editdistance.model.Op;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The human-readable form of the command's results. Absent values print as {@code -} (an insert's
 * source character, a delete's target character).
 */
final class TextReport {
  private TextReport() {}

  static void distance(PrintWriter out, String source, String target, DistanceResult r) {
    out.println(T.get("editdistance.cli.distance", r.distance()));
    if (r.operations() == null) {
      out.println(T.get("editdistance.cli.noOperations", EditDistance.maxScriptCells()));
    } else {
      out.println(T.get("editdistance.cli.operations"));
      out.println(
          "  "
              + Columns.left(T.get("editdistance.cli.col.op"), 10)
              + Columns.right(T.get("editdistance.cli.col.source"), 7)
              + Columns.right(T.get("editdistance.cli.col.target"), 7)
              + Columns.right(T.get("editdistance.cli.col.from"), 5)
              + Columns.right(T.get("editdistance.cli.col.to"), 5)
              + Columns.right(T.get("editdistance.cli.col.cost"), 6));
      for (EditStep s : r.operations()) {
        out.println(
            "  "
                + Columns.left(op(s.op()), 10)
                + Columns.right(String.valueOf(s.sourceIndex()), 7)
                + Columns.right(String.valueOf(s.targetIndex()), 7)
                + Columns.right(dash(s.from()), 5)
                + Columns.right(dash(s.to()), 5)
                + Columns.right(String.valueOf(s.cost()), 6));
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
    out.println(T.get("editdistance.cli.matrix"));
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
    out.println(
        Columns.left(T.get("editdistance.cli.col.package"), 41)
            + Columns.left(T.get("editdistance.cli.col.best"), 41)
            + Columns.right(T.get("editdistance.cli.col.distance"), 8)
            + " "
            + T.get("editdistance.cli.col.correct"));
    for (Match m : r.matches()) {
      out.println(
          Columns.left(cut(m.pkg()), 41)
              + Columns.left(cut(m.best()), 41)
              + Columns.right(String.valueOf(m.distance()), 8)
              + " "
              + T.get(m.correct() ? "editdistance.cli.yes" : "editdistance.cli.no"));
    }
    out.println(T.get("editdistance.cli.total", r.total()));
    out.println(T.get("editdistance.cli.correct", r.correct()));
    out.println(
        T.get("editdistance.cli.accuracy", String.format(Locale.ROOT, "%.4f", r.accuracy())));
    out.println(T.get("editdistance.cli.matchable", r.matchable()));
    out.println(
        T.get(
            "editdistance.cli.matchableAccuracy",
            r.matchableAccuracy() == null
                ? "-"
                : String.format(Locale.ROOT, "%.4f", r.matchableAccuracy())));
    out.println(
        T.get(
            "editdistance.cli.unmatched",
            r.unmatched().size(),
            r.unmatched().isEmpty()
                ? "-"
                : String.join(", ", r.unmatched().stream().map(TextReport::cut).toList())));
    out.flush();
  }

  private static String op(Op op) {
    return switch (op) {
      case KEEP -> T.get("editdistance.cli.op.keep");
      case INSERT -> T.get("editdistance.cli.op.insert");
      case DELETE -> T.get("editdistance.cli.op.delete");
      case SUBSTITUTE -> T.get("editdistance.cli.op.substitute");
    };
  }

  private static String dash(String s) {
    return s == null ? "-" : s;
  }

  /** Long lines (a 10 MB "package") would drown the table. */
  private static String cut(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}

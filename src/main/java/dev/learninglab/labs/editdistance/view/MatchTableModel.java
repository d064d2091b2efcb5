package dev.learninglab.labs.editdistance.view;

import static dev.learninglab.core.view.RecordTableModel.column;
import static dev.learninglab.labs.editdistance.model.EditDistanceTexts.T;

import dev.learninglab.core.view.RecordTableModel;
import dev.learninglab.labs.editdistance.model.Match;
import java.util.List;

/**
 * The matcher's rows: package, best match, distance, correct. Long lines are shortened for display.
 */
final class MatchTableModel {
  private static final int SHOWN = 80;

  private MatchTableModel() {}

  static RecordTableModel<Match> create() {
    return new RecordTableModel<>(
        List.of(
            column(
                () -> T.get("editdistance.matcher.col.package"),
                String.class,
                m -> shorten(m.pkg())),
            column(
                () -> T.get("editdistance.matcher.col.best"), String.class, m -> shorten(m.best())),
            column(() -> T.get("editdistance.matcher.col.distance"), Long.class, Match::distance),
            column(
                () -> T.get("editdistance.matcher.col.correct"), Boolean.class, Match::correct)));
  }

  /** A ten-megabyte line would freeze the table's text measuring. */
  private static String shorten(String s) {
    return s.length() <= SHOWN
        ? s
        : T.get("editdistance.matcher.shortened", s.substring(0, SHOWN), s.length());
  }
}

package dev.learninglab.labs.curves.view;

import static dev.learninglab.core.view.RecordTableModel.column;
import static dev.learninglab.labs.curves.model.CurvesTexts.T;

import dev.learninglab.core.view.RecordTableModel;
import dev.learninglab.labs.curves.model.size.SizeMean;
import java.util.List;
import java.util.Locale;

/**
 * The measured points as a table: training images, mean test accuracy over the repeats with its
 * standard deviation and range, how many repeats, and the mean training seconds of one repeat.
 * Short headers keep all six columns in the table's third of the tab at 1280×800.
 */
final class SizeTable {
  private SizeTable() {}

  static RecordTableModel<SizeMean> model() {
    return new RecordTableModel<>(
        List.of(
            column(() -> T.get("curves.size.col.images"), Integer.class, SizeMean::size),
            column(
                () -> T.get("curves.size.col.accuracy"),
                String.class,
                p -> String.format(Locale.ROOT, "%.4f", p.accuracy())),
            column(
                () -> T.get("curves.size.col.std"),
                String.class,
                p -> p.repeats() < 2 ? "–" : String.format(Locale.ROOT, "%.4f", p.std())),
            column(
                () -> T.get("curves.size.col.range"),
                String.class,
                p ->
                    p.repeats() < 2
                        ? "–"
                        : String.format(Locale.ROOT, "%.3f – %.3f", p.min(), p.max())),
            column(() -> T.get("curves.size.col.repeats"), Integer.class, SizeMean::repeats),
            column(
                () -> T.get("curves.size.col.seconds"),
                String.class,
                p -> String.format(Locale.ROOT, "%.1f", p.seconds()))));
  }
}

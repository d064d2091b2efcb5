package dev.learninglab.labs.curves.view;

import static dev.learninglab.core.view.RecordTableModel.column;

import dev.learninglab.core.view.RecordTableModel;
import dev.learninglab.labs.curves.model.size.SizePoint;
import java.util.List;
import java.util.Locale;

/** The measured points as a table: size, test accuracy, training seconds. */
final class SizeTable {
  private SizeTable() {}

  static RecordTableModel<SizePoint> model() {
    return new RecordTableModel<>(
        List.of(
            column("training images", Integer.class, SizePoint::size),
            column("test accuracy", p -> String.format(Locale.ROOT, "%.4f", p.accuracy())),
            column("seconds", p -> String.format(Locale.ROOT, "%.1f", p.seconds()))));
  }
}

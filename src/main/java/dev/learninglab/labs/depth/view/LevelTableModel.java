package dev.learninglab.labs.depth.view;

import static dev.learninglab.core.view.RecordTableModel.column;
import static dev.learninglab.labs.depth.model.DepthTexts.T;

import dev.learninglab.core.view.RecordTableModel;
import dev.learninglab.labs.depth.model.DepthReport;
import dev.learninglab.labs.depth.model.LevelTable;
import java.util.List;

/** The tutorial's table (side, price, quantity) for a JTable, replaced whole on each book. */
final class LevelTableModel {
  private LevelTableModel() {}

  static RecordTableModel<LevelTable.Row> create() {
    return new RecordTableModel<>(
        List.of(
            column(() -> T.get("depth.col.side"), String.class, r -> r.side().plural()),
            column(
                () -> T.get("depth.col.price"),
                String.class,
                r -> DepthReport.text(r.level().price())),
            column(
                () -> T.get("depth.col.quantity"),
                String.class,
                r -> DepthReport.text(r.level().quantity()))));
  }
}

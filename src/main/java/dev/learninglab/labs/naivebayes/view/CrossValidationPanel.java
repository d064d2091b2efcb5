package dev.learninglab.labs.naivebayes.view;

import static dev.learninglab.labs.naivebayes.model.NaiveBayesTexts.T;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.view.FittedTable;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.WrapLayout;
import dev.learninglab.labs.naivebayes.model.CvSuite;
import dev.learninglab.labs.naivebayes.model.LabDatasets;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleSupplier;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.table.DefaultTableModel;

/**
 * Iris and digits with all their features: 10-fold cross-validated accuracy of the naive Bayes
 * family, computed as a background task, in a table.
 */
final class CrossValidationPanel extends JPanel {
  private final JComboBox<LabDatasets> dataset =
      new JComboBox<>(new LabDatasets[] {LabDatasets.IRIS, LabDatasets.DIGITS});
  private final JButton run = Localized.text(new JButton(), () -> T.get("naivebayes.cv.run"));
  private final JLabel status = new JLabel(" ");
  private final DefaultTableModel table =
      new DefaultTableModel(columns(), 0) {
        @Override
        public boolean isCellEditable(int row, int column) {
          return false;
        }
      };
  private final LabContext context;
  private final DoubleSupplier varSmoothing;

  CrossValidationPanel(LabContext context, DoubleSupplier varSmoothing) {
    super(new BorderLayout());
    this.context = context;
    this.varSmoothing = varSmoothing;
    JPanel top = new JPanel(new WrapLayout(FlowLayout.LEFT, 5, 5));
    top.add(dataset);
    top.add(run);
    top.add(status);
    add(top, BorderLayout.NORTH);
    add(new JScrollPane(new FittedTable(table)), BorderLayout.CENTER);
    add(
        Localized.text(new JLabel(), () -> DerivationPanel.html(T.get("naivebayes.cv.note"))),
        BorderLayout.SOUTH);
    run.addActionListener(e -> start());
    Localized.whenChanged(this, "columns", () -> table.setColumnIdentifiers(columns()));
  }

  private static String[] columns() {
    return new String[] {
      T.get("naivebayes.cv.col.model"),
      T.get("naivebayes.cv.col.mean"),
      T.get("naivebayes.cv.col.folds")
    };
  }

  /** Starts the cross-validation; the future completes on the event thread once shown. */
  CompletableFuture<Void> start() {
    LabDatasets which = (LabDatasets) dataset.getSelectedItem();
    double vs = varSmoothing.getAsDouble();
    run.setEnabled(false);
    Localized.text(status, () -> T.get("naivebayes.cv.running", which.title()));
    return OnEdt.after(
        context
            .tasks()
            .submit(
                T.get("naivebayes.cv.task", which.title()),
                p -> CvSuite.run(which.load(context.datasets(), p), vs, p)),
        rows -> {
          run.setEnabled(true);
          fill(rows);
          Localized.text(status, which::title);
        },
        end -> {
          run.setEnabled(true);
          Localized.text(status, () -> T.get("naivebayes.cv.failed", end.message()));
        });
  }

  private void fill(List<CvSuite.Row> rows) {
    table.setRowCount(0);
    for (CvSuite.Row r : rows) {
      StringBuilder folds = new StringBuilder();
      for (double f : r.folds()) {
        folds.append(String.format(Locale.ROOT, "%.3f ", f));
      }
      table.addRow(
          new Object[] {
            r.model(), String.format(Locale.ROOT, "%.4f", r.mean()), folds.toString().trim()
          });
    }
  }

  void select(LabDatasets which) {
    dataset.setSelectedItem(which);
  }

  int rowCount() {
    return table.getRowCount();
  }

  Object cell(int row, int column) {
    return table.getValueAt(row, column);
  }
}

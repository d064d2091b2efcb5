package dev.learninglab.labs.naivebayes.view;

import static dev.learninglab.labs.naivebayes.model.NaiveBayesTexts.T;

import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.learn.Matrix;
import dev.learninglab.core.view.FittedTable;
import dev.learninglab.core.view.Localized;
import dev.learninglab.labs.naivebayes.model.GaussianNaiveBayes;
import dev.learninglab.labs.naivebayes.model.LinearSpaceNaiveBayes;
import dev.learninglab.labs.naivebayes.model.TutorialReference;
import java.awt.BorderLayout;
import java.util.Locale;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.table.DefaultTableModel;

/**
 * Our probabilities for the tutorial's three test points next to the numbers the tutorial
 * published: scikit-learn's GaussianNB (var_smoothing 1e-9) and the tutorial's own linear-space
 * class (no smoothing). Always computed on the tutorial's 20 blobs, whatever the plot shows.
 */
final class ComparisonPanel extends JPanel {
  private final DefaultTableModel table =
      new DefaultTableModel(columns(), 0) {
        @Override
        public boolean isCellEditable(int row, int column) {
          return false;
        }
      };

  ComparisonPanel() {
    super(new BorderLayout());
    add(
        Localized.text(new JLabel(), () -> DerivationPanel.html(T.get("naivebayes.compare.note"))),
        BorderLayout.NORTH);
    add(new JScrollPane(new FittedTable(table)), BorderLayout.CENTER);
    Localized.whenChanged(this, "columns", () -> table.setColumnIdentifiers(columns()));
  }

  private static String[] columns() {
    return new String[] {
      T.get("naivebayes.compare.col.point"),
      T.get("naivebayes.compare.col.class"),
      T.get("naivebayes.compare.col.sklearn"),
      T.get("naivebayes.compare.col.oursLog"),
      T.get("naivebayes.compare.col.tutorial"),
      T.get("naivebayes.compare.col.oursLinear")
    };
  }

  /** Fills the table from the tutorial blobs. */
  void show(LabelledData blobs) {
    Matrix points = Matrix.of(TutorialReference.POINTS);
    Matrix ours = new GaussianNaiveBayes().fit(blobs.x(), blobs.y()).predictProba(points);
    GaussianNaiveBayes unsmoothed =
        new GaussianNaiveBayes().varSmoothing(0).fit(blobs.x(), blobs.y());
    Matrix linear = LinearSpaceNaiveBayes.predictProba(unsmoothed, points);
    table.setRowCount(0);
    for (int i = 0; i < points.rows(); i++) {
      for (int c = 0; c < ours.cols(); c++) {
        table.addRow(
            new Object[] {
              c == 0 ? "(" + g(points.get(i, 0)) + ", " + g(points.get(i, 1)) + ")" : "",
              c,
              e(TutorialReference.SKLEARN_PROBA[i][c]),
              e(TutorialReference.printed(ours.get(i, c))),
              e(TutorialReference.TUTORIAL_PROBA[i][c]),
              e(TutorialReference.printed(linear.get(i, c)))
            });
      }
    }
  }

  /** Number of rows shown (for tests). */
  int rowCount() {
    return table.getRowCount();
  }

  Object cell(int row, int column) {
    return table.getValueAt(row, column);
  }

  private static String e(double v) {
    return String.format(Locale.ROOT, "%.8e", v);
  }

  private static String g(double v) {
    return String.format(Locale.ROOT, "%g", v).replaceAll("\\.?0+$", "");
  }
}

package dev.learninglab.labs.naivebayes.view;

import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.learn.Matrix;
import dev.learninglab.core.view.FittedTable;
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
      new DefaultTableModel(
          new String[] {
            "point",
            "class",
            "published sklearn",
            "ours (1e-9, log space)",
            "published tutorial",
            "ours (0, linear)"
          },
          0) {
        @Override
        public boolean isCellEditable(int row, int column) {
          return false;
        }
      };

  ComparisonPanel() {
    super(new BorderLayout());
    add(
        new JLabel(
            DerivationPanel.html(
                "The tutorial printed 9 significant digits. Ours are rounded the same"
                    + " way; every pair agrees (the tests check it, and the full-precision match against"
                    + " python3-sklearn is 1e-12 relative).")),
        BorderLayout.NORTH);
    add(new JScrollPane(new FittedTable(table)), BorderLayout.CENTER);
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

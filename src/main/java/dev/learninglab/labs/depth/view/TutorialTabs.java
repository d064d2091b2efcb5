package dev.learninglab.labs.depth.view;

import static dev.learninglab.labs.depth.model.DepthTexts.T;

import dev.learninglab.core.chart.ExportablePanels;
import dev.learninglab.core.view.FittedTable;
import dev.learninglab.core.view.RecordTableModel;
import dev.learninglab.labs.depth.model.BookSnapshot;
import dev.learninglab.labs.depth.model.LevelTable;
import java.awt.BorderLayout;
import java.util.function.Function;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.border.EmptyBorder;
import org.knowm.xchart.XYChart;

/**
 * The tutorial's steps as panels, in order — table, describe, scatter, count histogram,
 * quantity-weighted histogram — each showing the levels inside the chart's band so the learner can
 * compare them with the depth chart.
 */
final class TutorialTabs {
  static final int STEPS = 5;

  private final RecordTableModel<LevelTable.Row> levels = LevelTableModel.create();
  private final DescribeTableModel describe = new DescribeTableModel();
  private final JPanel[] panels = new JPanel[STEPS];
  private final JLabel[] notes = new JLabel[STEPS];

  TutorialTabs() {
    for (int i = 0; i < panels.length; i++) {
      panels[i] = new JPanel(new BorderLayout());
      notes[i] = new JLabel(" ");
      notes[i].setBorder(new EmptyBorder(4, 8, 4, 8));
      panels[i].add(notes[i], BorderLayout.NORTH);
    }
    panels[0].add(new JScrollPane(new FittedTable(levels)), BorderLayout.CENTER);
    panels[1].add(new JScrollPane(new FittedTable(describe)), BorderLayout.CENTER);
  }

  /** The title of step {@code index}'s tab in the current language. */
  static String title(int index) {
    return switch (index) {
      case 0 -> T.get("depth.tab.table");
      case 1 -> T.get("depth.tab.describe");
      case 2 -> T.get("depth.tab.scatter");
      case 3 -> T.get("depth.tab.histogram");
      default -> T.get("depth.tab.weighted");
    };
  }

  JPanel panel(int index) {
    return panels[index];
  }

  String note(int index) {
    return notes[index].getText();
  }

  /** Refreshes the step at {@code index} for the book clipped to the band. */
  void show(int index, BookSnapshot clipped, String note) {
    notes[index].setText(note);
    switch (index) {
      case 0 -> levels.setRows(LevelTable.of(clipped).rows());
      case 1 -> describe.show(clipped);
      case 2 -> chart(index, clipped, TutorialCharts::scatter);
      case 3 -> chart(index, clipped, b -> TutorialCharts.histogram(b, false));
      default -> chart(index, clipped, b -> TutorialCharts.histogram(b, true));
    }
  }

  private void chart(int index, BookSnapshot book, Function<BookSnapshot, XYChart> make) {
    JPanel p = panels[index];
    BorderLayout layout = (BorderLayout) p.getLayout();
    if (layout.getLayoutComponent(BorderLayout.CENTER) != null) {
      p.remove(layout.getLayoutComponent(BorderLayout.CENTER));
    }
    p.add(ExportablePanels.of(make.apply(book)), BorderLayout.CENTER);
    p.revalidate();
    p.repaint();
  }
}

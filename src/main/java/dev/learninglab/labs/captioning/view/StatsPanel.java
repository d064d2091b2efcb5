package dev.learninglab.labs.captioning.view;

import dev.learninglab.core.chart.ExportablePanels;
import dev.learninglab.core.view.FittedTable;
import dev.learninglab.labs.captioning.model.CaptionStats;
import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XChartPanel;

/** One corpus's caption statistics: length histogram, most common words, vocabulary by cut-off. */
final class StatsPanel extends JPanel {
  /** Above this many categories the length labels are turned on their side. */
  static final int CROWDED = 15;

  private final CategoryChart lengths =
      new CategoryChartBuilder()
          .title("Caption length")
          .xAxisTitle("tokens")
          .yAxisTitle("captions")
          .build();
  private final XChartPanel<CategoryChart> chartPanel = ExportablePanels.of(lengths);
  private final DefaultTableModel words = new DefaultTableModel(new Object[] {"word", "count"}, 0);
  private final JLabel header = new JLabel(" ");

  StatsPanel(String title, String emptyText) {
    super(new BorderLayout(6, 6));
    setBorder(BorderFactory.createTitledBorder(title));
    lengths.getStyler().setLegendVisible(false);
    header.setText(emptyText);
    JTable table = new FittedTable(words);
    table.setEnabled(false);
    JScrollPane scroll = new JScrollPane(table);
    scroll.setPreferredSize(new java.awt.Dimension(180, 200));
    add(header, BorderLayout.NORTH);
    add(chartPanel, BorderLayout.CENTER);
    add(scroll, BorderLayout.EAST);
    chartPanel.setVisible(false);
  }

  void show(CaptionStats s, String extra) {
    StringBuilder cut = new StringBuilder();
    for (Map.Entry<Integer, Integer> e : s.vocabularyAtMinCount().entrySet()) {
      cut.append("≥").append(e.getKey()).append(": ").append(e.getValue()).append("  ");
    }
    header.setText(
        "<html>%,d captions · mean %.1f tokens (max %d) · %,d distinct words<br>Vocabulary if words seen fewer than n times are cut — %s%s</html>"
            .formatted(s.captions(), s.meanLength(), s.maxLength(), s.vocabulary(), cut, extra));
    List<String> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    s.lengthHistogram()
        .forEach(
            (len, n) -> {
              x.add(String.valueOf(len));
              y.add(n);
            });
    // many lengths (Flickr8k runs to 40): upright labels would run together
    lengths.getStyler().setXAxisLabelRotation(x.size() > CROWDED ? 90 : 0);
    if (lengths.getSeriesMap().containsKey("captions")) {
      lengths.updateCategorySeries("captions", x, y, null);
    } else {
      lengths.addSeries("captions", x, y);
    }
    words.setRowCount(0);
    s.commonWords().forEach(w -> words.addRow(new Object[] {w.word(), w.count()}));
    chartPanel.setVisible(true);
    revalidate();
    repaint();
  }

  /** Shows only a message (loading, unavailable). */
  void message(String text) {
    header.setText(text);
    chartPanel.setVisible(false);
  }

  int lengthLabelRotation() {
    return lengths.getStyler().getXAxisLabelRotation();
  }

  String headerText() {
    return header.getText();
  }
}

package dev.learninglab.labs.captioning.view;

import static dev.learninglab.labs.captioning.model.CaptioningTexts.T;

import dev.learninglab.core.chart.ExportablePanels;
import dev.learninglab.core.view.FittedTable;
import dev.learninglab.core.view.Localized;
import dev.learninglab.labs.captioning.model.CaptionStats;
import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
          .title(T.get("captioning.stats.title"))
          .xAxisTitle(T.get("captioning.stats.tokens"))
          .yAxisTitle(T.get("captioning.stats.captions"))
          .build();
  private final XChartPanel<CategoryChart> chartPanel = ExportablePanels.of(lengths);
  private final DefaultTableModel words =
      new DefaultTableModel(new Object[] {"", ""}, 0) {
        @Override
        public String getColumnName(int column) {
          return column == 0 ? T.get("captioning.stats.word") : T.get("captioning.stats.count");
        }
      };
  private final JLabel header = new JLabel(" ");

  StatsPanel(Supplier<String> title, Supplier<String> emptyText) {
    super(new BorderLayout(6, 6));
    Localized.titled(this, title);
    lengths.getStyler().setLegendVisible(false);
    Localized.text(header, emptyText);
    Localized.whenChanged(
        this,
        "chart",
        () -> {
          lengths.setTitle(T.get("captioning.stats.title"));
          lengths.setXAxisTitle(T.get("captioning.stats.tokens"));
          lengths.setYAxisTitle(T.get("captioning.stats.captions"));
        });
    JTable table = new FittedTable(words);
    table.setEnabled(false);
    JScrollPane scroll = new JScrollPane(table);
    scroll.setPreferredSize(new java.awt.Dimension(180, 200));
    add(header, BorderLayout.NORTH);
    add(chartPanel, BorderLayout.CENTER);
    add(scroll, BorderLayout.EAST);
    chartPanel.setVisible(false);
  }

  void show(CaptionStats s, Supplier<String> extra) {
    StringBuilder cut = new StringBuilder();
    for (Map.Entry<Integer, Integer> e : s.vocabularyAtMinCount().entrySet()) {
      cut.append("≥").append(e.getKey()).append(": ").append(e.getValue()).append("  ");
    }
    String cuts = cut.toString();
    Localized.text(
        header,
        () ->
            "<html>"
                + T.get(
                    "captioning.stats.header",
                    s.captions(),
                    s.meanLength(),
                    s.maxLength(),
                    s.vocabulary(),
                    cuts)
                + extra.get()
                + "</html>");
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
  void message(Supplier<String> text) {
    Localized.text(header, text);
    chartPanel.setVisible(false);
  }

  int lengthLabelRotation() {
    return lengths.getStyler().getXAxisLabelRotation();
  }

  String headerText() {
    return header.getText();
  }
}

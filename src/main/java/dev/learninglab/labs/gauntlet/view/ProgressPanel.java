package dev.learninglab.labs.gauntlet.view;

import static dev.learninglab.labs.gauntlet.model.GauntletTexts.T;

import dev.learninglab.core.chart.ExportablePanels;
import dev.learninglab.core.io.AtomicFiles;
import dev.learninglab.core.view.FittedTable;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.WrapLayout;
import dev.learninglab.labs.gauntlet.model.Pack;
import dev.learninglab.labs.gauntlet.model.Packs;
import dev.learninglab.labs.gauntlet.model.history.HistoryCsv;
import dev.learninglab.labs.gauntlet.model.history.SectionStat;
import dev.learninglab.labs.gauntlet.model.history.SessionRecord;
import dev.learninglab.labs.gauntlet.model.history.Spacing;
import dev.learninglab.labs.gauntlet.model.history.Streaks;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.table.DefaultTableModel;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;

/**
 * The Progress tab: weekday streak, calendar heat-map, time per section over the days, the "weak
 * sections first" schedule, and CSV export of the history.
 */
final class ProgressPanel {
  private final GauntletState state;
  private final JPanel panel = new JPanel(new BorderLayout(6, 6));
  private final JLabel streak = new JLabel();
  private final HeatMap heatMap = new HeatMap();
  private final DefaultTableModel schedule =
      new DefaultTableModel(new Object[] {"#", "", "", "", ""}, 0) {
        @Override
        public boolean isCellEditable(int row, int column) {
          return false;
        }

        // the header follows the language: JTable asks the model for it again after a switch

        @Override
        public String getColumnName(int column) {
          return switch (column) {
            case 0 -> "#";
            case 1 -> T.get("gauntlet.schedule.section");
            case 2 -> T.get("gauntlet.schedule.due");
            case 3 -> T.get("gauntlet.schedule.ease");
            default -> T.get("gauntlet.schedule.lastGrade");
          };
        }
      };
  private final JPanel chartHolder = new JPanel(new BorderLayout());
  private final JLabel problems = new JLabel();

  ProgressPanel(GauntletState state) {
    this.state = state;
    JButton export = Localized.text(new JButton(), () -> T.get("gauntlet.export"));
    export.addActionListener(e -> export());
    JPanel top = new JPanel(new BorderLayout());
    JPanel line = new JPanel(new WrapLayout(FlowLayout.LEFT, 5, 5));
    line.add(streak);
    line.add(export);
    top.add(line, BorderLayout.NORTH);
    top.add(heatMap, BorderLayout.CENTER);
    top.add(problems, BorderLayout.SOUTH);
    top.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
    JPanel weak = new JPanel(new BorderLayout());
    weak.add(
        Localized.text(new JLabel(), () -> T.get("gauntlet.schedule.title")), BorderLayout.NORTH);
    // a table, not a list of long lines: its columns fit and it scrolls sideways when narrow
    weak.add(new JScrollPane(new FittedTable(schedule)), BorderLayout.CENTER);
    JSplitPane bottom = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, chartHolder, weak);
    bottom.setResizeWeight(0.5); // the weak-sections lines are long: give them half
    panel.add(top, BorderLayout.NORTH);
    panel.add(bottom, BorderLayout.CENTER);
    refresh();
    Localized.whenChanged(panel, "progress", this::refresh);
  }

  JComponent component() {
    return panel;
  }

  String streakText() {
    return streak.getText();
  }

  void refresh() {
    List<SessionRecord> sessions = state.sessions();
    LocalDate today = LocalDate.now();
    int days = Streaks.weekdayStreak(sessions, today);
    streak.setText(
        Streaks.done(sessions, today)
            ? T.get("gauntlet.streak.done", days)
            : Streaks.finished(sessions, today)
                ? T.get("gauntlet.streak.finished", days)
                : T.get("gauntlet.streak.notDone", days));
    heatMap.show(Streaks.practised(sessions), today);
    problems.setText(
        state.problems().isEmpty()
            ? ""
            : "<html>" + String.join("<br>", state.problems()) + "</html>");
    Pack pack = Packs.load(state.settings().pack());
    schedule.setRowCount(0);
    for (Spacing.Schedule s :
        Spacing.order(sessions, pack.id(), pack.sections().size(), today, 120)) {
      schedule.addRow(
          new Object[] {
            s.section(),
            pack.section(s.section()).title(),
            s.due(),
            String.format("%.2f", s.ease()),
            s.lastGrade() < 0 ? T.get("gauntlet.schedule.never") : String.valueOf(s.lastGrade())
          });
    }
    chartHolder.removeAll();
    chartHolder.add(
        ExportablePanels.of(timeChart(sessions, pack.id()), T.get("gauntlet.chart.empty")),
        BorderLayout.CENTER);
    chartHolder.revalidate();
  }

  private static XYChart timeChart(List<SessionRecord> sessions, String pack) {
    XYChart chart =
        new XYChartBuilder()
            .width(600)
            .height(300)
            .title(T.get("gauntlet.chart.title", pack))
            .xAxisTitle(T.get("gauntlet.chart.day"))
            .yAxisTitle(T.get("gauntlet.chart.seconds"))
            .build();
    chart.getStyler().setDatePattern("MM-dd");
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    List<SessionRecord> finished =
        sessions.stream().filter(r -> r.pack().equals(pack) && r.finished() != null).toList();
    for (int n = 1; n <= 10; n++) {
      List<Date> x = new ArrayList<>();
      List<Number> y = new ArrayList<>();
      for (SessionRecord r : finished) {
        for (SectionStat s : r.sections()) {
          if (s.number() == n && s.runs() > 0) {
            x.add(Date.from(r.day().atStartOfDay(ZoneId.systemDefault()).toInstant()));
            y.add(s.seconds());
          }
        }
      }
      if (!x.isEmpty()) {
        chart.addSeries(T.get("gauntlet.chart.series", n), x, y);
      }
    }
    return chart; // with no series the panel says how to fill it, not a fake point at 0
  }

  private void export() {
    JFileChooser chooser = new JFileChooser();
    chooser.setSelectedFile(new File("gauntlet-history.csv"));
    if (chooser.showSaveDialog(panel) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    try {
      AtomicFiles.writeString(chooser.getSelectedFile().toPath(), HistoryCsv.of(state.sessions()));
    } catch (IOException e) {
      state.problem(
          T.get("gauntlet.export.failed", chooser.getSelectedFile().toString(), e.getMessage()));
      refresh();
    }
  }
}

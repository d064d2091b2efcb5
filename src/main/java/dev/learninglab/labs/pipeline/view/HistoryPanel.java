package dev.learninglab.labs.pipeline.view;

import static dev.learninglab.labs.pipeline.model.PipelineTexts.T;

import dev.learninglab.core.view.FittedTable;
import dev.learninglab.core.view.Localized;
import dev.learninglab.labs.pipeline.model.project.ProjectRun;
import dev.learninglab.labs.pipeline.model.run.NodeRun;
import java.awt.BorderLayout;
import java.util.List;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableModel;

/** The project's past runs (logs/runs) and, for the selected one, each node's status and time. */
final class HistoryPanel extends JPanel {
  private final PipelineController controller;
  final FittedTable runs = new FittedTable();
  final FittedTable nodes = new FittedTable();
  private List<ProjectRun> history = List.of();
  private ProjectRun seen;
  private Object seenProject;

  HistoryPanel(PipelineController controller) {
    super(new BorderLayout());
    this.controller = controller;
    runs.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    runs.getSelectionModel().addListSelectionListener(e -> showNodes(runs.getSelectedRow()));
    JSplitPane split =
        new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(runs), new JScrollPane(nodes));
    split.setResizeWeight(0.5);
    add(split);
    // the headings and the result words are texts of the moment: a switch of language rebuilds
    Localized.whenChanged(this, "history", () -> refresh(true));
  }

  /** Reloads the history when a run finished since the last look. */
  void refresh(boolean force) {
    if (!controller.hasProject()) {
      return;
    }
    // another project has another history, even when neither has a run yet
    boolean sameProject = seenProject == controller.session();
    if (!force && sameProject && seen == controller.lastRun()) {
      return;
    }
    seen = controller.lastRun();
    seenProject = controller.session();
    history = controller.session().history();
    Object[][] rows =
        history.stream()
            .map(
                r ->
                    new Object[] {
                      r.started(),
                      r.pipeline(),
                      r.runner(),
                      r.succeeded()
                          ? T.get("pipeline.history.ok")
                          : T.get("pipeline.history.failedAt", r.failedNode()),
                      String.format("%.3f", r.seconds()),
                      metrics(r.metrics())
                    })
            .toArray(Object[][]::new);
    runs.setModel(
        readOnly(
            rows,
            T.get("pipeline.history.started"),
            T.get("pipeline.history.pipeline"),
            T.get("pipeline.history.runner"),
            T.get("pipeline.history.result"),
            T.get("pipeline.history.seconds"),
            T.get("pipeline.history.metrics")));
    if (rows.length > 0) {
      runs.setRowSelectionInterval(0, 0);
    } else {
      nodes.setModel(readOnly(new Object[0][], nodeColumns()));
    }
  }

  private void showNodes(int row) {
    if (row < 0 || row >= history.size()) {
      return;
    }
    Object[][] rows =
        history.get(row).nodes().stream()
            .map(
                (NodeRun n) ->
                    new Object[] {n.name(), n.status().text(), String.format("%.3f", n.seconds())})
            .toArray(Object[][]::new);
    nodes.setModel(readOnly(rows, nodeColumns()));
  }

  /** {@code r2=0.4521, mae=1.203e+03}: four significant digits, not sixteen. */
  static String metrics(java.util.Map<String, Object> metrics) {
    return metrics.entrySet().stream()
        .map(
            e ->
                e.getKey()
                    + "="
                    + (e.getValue() instanceof Number n
                        ? String.format(java.util.Locale.ROOT, "%.4g", n.doubleValue())
                        : String.valueOf(e.getValue())))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  private static String[] nodeColumns() {
    return new String[] {
      T.get("pipeline.history.node"),
      T.get("pipeline.history.status"),
      T.get("pipeline.history.seconds")
    };
  }

  private static DefaultTableModel readOnly(Object[][] rows, String... columns) {
    return new DefaultTableModel(rows, columns) {
      @Override
      public boolean isCellEditable(int r, int c) {
        return false;
      }
    };
  }
}

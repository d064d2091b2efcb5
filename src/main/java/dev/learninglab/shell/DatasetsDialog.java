package dev.learninglab.shell;

import static dev.learninglab.core.view.RecordTableModel.column;
import static dev.learninglab.shell.ShellTexts.T;

import dev.learninglab.core.data.Dataset;
import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.core.view.Dialogs;
import dev.learninglab.core.view.FittedTable;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.RecordTableModel;
import java.awt.Component;
import java.awt.Dimension;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JScrollPane;

/**
 * File ▸ Datasets: every catalogued dataset, where it would come from, and a Fetch button that
 * resolves the selected one as a background task (progress and Cancel in the status bar).
 */
final class DatasetsDialog {
  private DatasetsDialog() {}

  static JDialog create(Component parent, DatasetResolver datasets, TaskService tasks) {
    List<Dataset> all = datasets.catalog().datasets();
    Map<String, String> status = new HashMap<>(); // looked up once per refresh, not per repaint
    RecordTableModel<Dataset> model =
        new RecordTableModel<>(
            List.of(
                column(() -> T.get("shell.datasets.col.id"), Dataset::id),
                column(() -> T.get("shell.datasets.col.title"), Dataset::displayTitle),
                column(() -> T.get("shell.datasets.col.origin"), Dataset::origin),
                column(() -> T.get("shell.datasets.col.licence"), Dataset::licence),
                column(
                    () -> T.get("shell.datasets.col.files"), Integer.class, d -> d.files().size()),
                column(() -> T.get("shell.datasets.col.size"), Dataset::sizeText),
                column(() -> T.get("shell.datasets.col.status"), d -> status.get(d.id()))));
    Runnable refresh =
        () -> {
          all.forEach(d -> status.put(d.id(), datasets.availability(d.id()).words()));
          model.setRows(all);
        };
    refresh.run();

    FittedTable table = new FittedTable(model);
    table.setAutoCreateRowSorter(true);
    // long titles and licences keep their width: the dialog scrolls sideways on a narrow screen
    JButton fetch = new JButton(T.get("shell.datasets.fetch"));
    fetch.addActionListener(
        e -> {
          int row = table.getSelectedRow();
          if (row < 0) {
            return;
          }
          Dataset d = model.row(table.convertRowIndexToModel(row));
          OnEdt.after(
              tasks.submit(
                  T.get("shell.datasets.fetching", d.id()), p -> datasets.resolve(d.id(), p)),
              ok -> refresh.run(),
              end -> {
                refresh.run();
                if (end instanceof TaskEnd.Failed failed) {
                  ErrorDialog.show(table, failed.failure());
                }
              });
        });
    fetch.setToolTipText(T.get("shell.datasets.fetch.tip"));
    JScrollPane scroll = new JScrollPane(table);
    int width = Math.min(table.getPreferredSize().width + 24, 1240);
    scroll.setPreferredSize(new Dimension(width, 420));
    return Dialogs.closable(parent, T.get("shell.datasets.title"), scroll, fetch);
  }
}

package dev.learninglab.shell;

import static dev.learninglab.core.view.RecordTableModel.column;

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
                column("id", Dataset::id),
                column("title", Dataset::title),
                column("origin", Dataset::origin),
                column("licence", Dataset::licence),
                column("files", Integer.class, d -> d.files().size()),
                column("size", Dataset::sizeText),
                column("status", d -> status.get(d.id()))));
    Runnable refresh =
        () -> {
          all.forEach(d -> status.put(d.id(), datasets.availability(d.id()).words()));
          model.setRows(all);
        };
    refresh.run();

    FittedTable table = new FittedTable(model);
    table.setAutoCreateRowSorter(true);
    // long titles and licences keep their width: the dialog scrolls sideways on a narrow screen
    JButton fetch = new JButton("Fetch selected");
    fetch.addActionListener(
        e -> {
          int row = table.getSelectedRow();
          if (row < 0) {
            return;
          }
          Dataset d = model.row(table.convertRowIndexToModel(row));
          OnEdt.after(
              tasks.submit("Fetching " + d.id(), p -> datasets.resolve(d.id(), p)),
              ok -> refresh.run(),
              end -> {
                refresh.run();
                if (end instanceof TaskEnd.Failed failed) {
                  ErrorDialog.show(table, failed.failure());
                }
              });
        });
    fetch.setToolTipText("Download or copy the selected dataset into the cache (status bar)");
    JScrollPane scroll = new JScrollPane(table);
    int width = Math.min(table.getPreferredSize().width + 24, 1240);
    scroll.setPreferredSize(new Dimension(width, 420));
    return Dialogs.closable(parent, "Datasets", scroll, fetch);
  }
}

package dev.learninglab.shell;

import dev.learninglab.core.data.Dataset;
import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.TaskService;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.table.AbstractTableModel;

/**
 * File ▸ Datasets: every catalogued dataset, where it would come from, and a Fetch button that
 * resolves the selected one as a background task (progress and Cancel in the status bar).
 */
final class DatasetsDialog {
  private DatasetsDialog() {}

  static void show(Component parent, DatasetResolver datasets, TaskService tasks) {
    List<Dataset> all = datasets.catalog().datasets();
    String[] status = new String[all.size()];
    Model model = new Model(all, status);
    Runnable refresh =
        () -> {
          for (int i = 0; i < all.size(); i++) {
            status[i] = datasets.availability(all.get(i).id()).words();
          }
          model.fireTableDataChanged();
        };
    refresh.run();

    JTable table = new JTable(model);
    table.setAutoCreateRowSorter(true);
    table.getColumnModel().getColumn(1).setPreferredWidth(260);
    JButton fetch = new JButton("Fetch selected");
    fetch.addActionListener(
        e -> {
          int row = table.getSelectedRow();
          if (row < 0) {
            return;
          }
          Dataset d = all.get(table.convertRowIndexToModel(row));
          tasks
              .submit("Fetching " + d.id(), p -> datasets.resolve(d.id(), p))
              .result()
              .whenComplete(
                  (ok, error) ->
                      SwingUtilities.invokeLater(
                          () -> {
                            refresh.run();
                            if (error != null
                                && !(error.getCause()
                                    instanceof java.util.concurrent.CancellationException)) {
                              ErrorDialog.show(
                                  table, error.getCause() == null ? error : error.getCause());
                            }
                          }));
        });
    JPanel buttons = new JPanel();
    buttons.add(fetch);
    JDialog dialog = new JDialog(SwingUtilities.getWindowAncestor(parent), "Datasets");
    dialog.add(new JScrollPane(table), BorderLayout.CENTER);
    dialog.add(buttons, BorderLayout.SOUTH);
    dialog.setSize(new Dimension(900, 480));
    dialog.setLocationRelativeTo(parent);
    dialog.setVisible(true);
  }

  private static final class Model extends AbstractTableModel {
    private static final String[] COLUMNS = {
      "id", "title", "origin", "licence", "files", "MB", "status"
    };
    private final List<Dataset> rows;
    private final String[] status;

    Model(List<Dataset> rows, String[] status) {
      this.rows = rows;
      this.status = status;
    }

    @Override
    public int getRowCount() {
      return rows.size();
    }

    @Override
    public int getColumnCount() {
      return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
      return COLUMNS[column];
    }

    @Override
    public Object getValueAt(int row, int column) {
      Dataset d = rows.get(row);
      return switch (column) {
        case 0 -> d.id();
        case 1 -> d.title();
        case 2 -> d.origin();
        case 3 -> d.licence();
        case 4 -> d.files().size();
        case 5 -> String.format("%.1f", d.totalSize() / 1e6);
        default -> status[row];
      };
    }
  }
}

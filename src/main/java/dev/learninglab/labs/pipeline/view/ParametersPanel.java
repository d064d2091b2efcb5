package dev.learninglab.labs.pipeline.view;

import static dev.learninglab.labs.pipeline.model.PipelineTexts.T;

import dev.learninglab.core.view.FittedTable;
import dev.learninglab.core.view.Localized;
import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.table.DefaultTableModel;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The project's parameters as an editable table (dotted keys). An edit becomes an override for the
 * next run — like {@code --params key=value} — and, with the cache on, invalidates exactly the
 * nodes downstream of that parameter.
 */
final class ParametersPanel extends JPanel {
  private final PipelineController controller;
  final FittedTable table = new FittedTable();
  private boolean filling;

  ParametersPanel(PipelineController controller) {
    super(new BorderLayout());
    this.controller = controller;
    add(
        Localized.text(
            new JLabel(), () -> "<html>" + T.get("pipeline.parameters.hint") + "</html>"),
        BorderLayout.NORTH);
    add(new JScrollPane(table));
  }

  void refresh() {
    if (!controller.hasProject() || table.isEditing()) {
      return;
    }
    List<Object[]> rows = new ArrayList<>();
    flatten("", controller.project().parameters(controller.overrides()), rows);
    filling = true;
    DefaultTableModel model =
        new DefaultTableModel(
            rows.toArray(Object[][]::new),
            new String[] {T.get("pipeline.parameters.name"), T.get("pipeline.parameters.value")}) {
          @Override
          public boolean isCellEditable(int row, int column) {
            return column == 1;
          }
        };
    model.addTableModelListener(
        e -> {
          if (!filling && e.getFirstRow() >= 0 && e.getColumn() == 1) {
            String key = (String) model.getValueAt(e.getFirstRow(), 0);
            edit(key, String.valueOf(model.getValueAt(e.getFirstRow(), 1)));
          }
        });
    table.setModel(model);
    filling = false;
  }

  /** Applies an edited value, read as a YAML scalar or list so numbers stay numbers. */
  void edit(String key, String text) {
    Object value;
    try {
      value = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    } catch (RuntimeException e) {
      value = text;
    }
    controller.setOverride(key, value);
  }

  @SuppressWarnings("unchecked")
  private static void flatten(String prefix, Map<String, Object> params, List<Object[]> rows) {
    params.forEach(
        (k, v) -> {
          if (v instanceof Map<?, ?> m) {
            flatten(prefix + k + ".", (Map<String, Object>) m, rows);
          } else {
            rows.add(
                new Object[] {
                  prefix + k,
                  v instanceof List<?> l
                      ? "[" + String.join(", ", l.stream().map(String::valueOf).toList()) + "]"
                      : v
                });
          }
        });
  }
}

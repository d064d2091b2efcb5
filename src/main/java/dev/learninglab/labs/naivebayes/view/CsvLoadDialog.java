package dev.learninglab.labs.naivebayes.view;

import dev.learninglab.core.view.Dialogs;
import java.awt.Component;
import java.awt.GridLayout;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;

/** Asks which CSV column is the label and which two are the plotted features. */
final class CsvLoadDialog {
  /** The learner's choice of columns. */
  record Choice(String label, String first, String second) {}

  private CsvLoadDialog() {}

  /** Tells the learner why a file with fewer than 3 columns cannot be plotted; true when it can. */
  static boolean enoughColumns(Component parent, String file, List<String> columns) {
    if (columns.size() >= 3) {
      return true;
    }
    JOptionPane.showMessageDialog(
        parent,
        file
            + " has "
            + columns.size()
            + " columns ("
            + String.join(", ", columns)
            + "): a label and two features are needed.",
        "Load CSV",
        JOptionPane.WARNING_MESSAGE);
    return false;
  }

  /**
   * The column form for {@code file} (at least 3 columns), with Load (the default button, it hands
   * the choice to {@code load}) and Close; call {@code setVisible(true)} to show it.
   */
  static JDialog create(
      Component parent, String file, List<String> columns, Consumer<Choice> load) {
    String[] names = columns.toArray(String[]::new);
    JComboBox<String> label = new JComboBox<>(names);
    JComboBox<String> first = new JComboBox<>(names);
    JComboBox<String> second = new JComboBox<>(names);
    label.setSelectedIndex(names.length - 1);
    second.setSelectedIndex(1);
    JPanel form = new JPanel(new GridLayout(0, 2, 6, 6));
    form.add(new JLabel("Label (class) column"));
    form.add(label);
    form.add(new JLabel("Feature on the x axis"));
    form.add(first);
    form.add(new JLabel("Feature on the y axis"));
    form.add(second);
    JButton ok = new JButton("Load");
    JDialog dialog = Dialogs.closable(parent, "Load " + file, form, ok);
    ok.addActionListener(
        e -> {
          dialog.dispose();
          load.accept(
              new Choice(
                  (String) label.getSelectedItem(),
                  (String) first.getSelectedItem(),
                  (String) second.getSelectedItem()));
        });
    dialog.getRootPane().setDefaultButton(ok); // Enter loads; Close and Esc cancel
    return dialog;
  }
}

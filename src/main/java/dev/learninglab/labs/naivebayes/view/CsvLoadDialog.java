package dev.learninglab.labs.naivebayes.view;

import static dev.learninglab.labs.naivebayes.model.NaiveBayesTexts.T;

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
        T.get("naivebayes.csv.tooFewColumns", file, columns.size(), String.join(", ", columns)),
        T.get("naivebayes.csv.title"),
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
    form.add(new JLabel(T.get("naivebayes.csv.label")));
    form.add(label);
    form.add(new JLabel(T.get("naivebayes.csv.x")));
    form.add(first);
    form.add(new JLabel(T.get("naivebayes.csv.y")));
    form.add(second);
    JButton ok = new JButton(T.get("naivebayes.csv.load"));
    JDialog dialog = Dialogs.closable(parent, T.get("naivebayes.csv.dialogTitle", file), form, ok);
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

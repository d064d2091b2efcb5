package dev.learninglab.labs.naivebayes.view;

import java.awt.Component;
import java.awt.GridLayout;
import java.util.List;
import java.util.Optional;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;

/** Asks which CSV column is the label and which two are the plotted features. */
final class CsvLoadDialog {
  /** The learner's choice of columns. */
  record Choice(String label, String first, String second) {}

  private CsvLoadDialog() {}

  static Optional<Choice> ask(Component parent, String file, List<String> columns) {
    if (columns.size() < 3) {
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
      return Optional.empty();
    }
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
    int answer =
        JOptionPane.showConfirmDialog(parent, form, "Load " + file, JOptionPane.OK_CANCEL_OPTION);
    if (answer != JOptionPane.OK_OPTION) {
      return Optional.empty();
    }
    return Optional.of(
        new Choice(
            (String) label.getSelectedItem(),
            (String) first.getSelectedItem(),
            (String) second.getSelectedItem()));
  }
}

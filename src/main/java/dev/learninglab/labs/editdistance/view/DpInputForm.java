package dev.learninglab.labs.editdistance.view;

import dev.learninglab.core.view.ErrorColour;
import dev.learninglab.core.view.WrapLayout;
import dev.learninglab.labs.editdistance.model.Costs;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;

/**
 * The two strings and the three costs, with a Compute button. Bad costs show a message under the
 * fields and nothing else changes.
 */
final class DpInputForm extends JPanel {
  /** What the learner asked for. */
  record Inputs(String source, String target, Costs costs) {}

  final JTextField source = new JTextField("numpy", 14);
  final JTextField target = new JTextField("numexpr", 14);
  final JTextField insert = new JTextField("1", 3);
  final JTextField delete = new JTextField("1", 3);
  final JTextField substitute = new JTextField("2", 3);
  final JButton compute = new JButton("Compute");
  final JLabel error = new JLabel(" ");

  DpInputForm(Consumer<Inputs> onCompute) {
    super(new GridBagLayout());
    source.setName("source");
    target.setName("target");
    error.setForeground(ErrorColour.get());
    GridBagConstraints c = new GridBagConstraints();
    c.insets = new Insets(2, 4, 2, 4);
    c.anchor = GridBagConstraints.WEST;
    addStretched(new JLabel("Source"), source, c);
    addStretched(new JLabel("Target"), target, c);
    JPanel costs = new JPanel(new WrapLayout(FlowLayout.LEFT, 4, 0));
    costs.add(new JLabel("ins"));
    costs.add(insert);
    costs.add(new JLabel("del"));
    costs.add(delete);
    costs.add(new JLabel("sub"));
    costs.add(substitute);
    costs.add(compute);
    add(costs, c);
    c.gridy = 1;
    c.gridx = 0;
    c.gridwidth = GridBagConstraints.REMAINDER;
    add(error, c);

    Runnable fire =
        () -> {
          Inputs in = current();
          if (in != null) {
            error.setText(" ");
            onCompute.accept(in);
          }
        };
    compute.addActionListener(e -> fire.run());
    for (JTextField f : new JTextField[] {source, target, insert, delete, substitute}) {
      f.addActionListener(e -> fire.run());
    }
  }

  /** Adds a label at its natural width and a field that takes the spare width. */
  private void addStretched(JLabel label, JTextField field, GridBagConstraints c) {
    add(label, c);
    c.fill = GridBagConstraints.HORIZONTAL;
    c.weightx = 1;
    add(field, c);
    c.fill = GridBagConstraints.NONE;
    c.weightx = 0;
  }

  /** The current inputs without computing, or null with the message shown when costs are bad. */
  Inputs current() {
    try {
      return new Inputs(
          source.getText(),
          target.getText(),
          Costs.parse(insert.getText(), delete.getText(), substitute.getText()));
    } catch (IllegalArgumentException e) {
      error.setText(e.getMessage());
      return null;
    }
  }
}

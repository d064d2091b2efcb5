package dev.learninglab.labs.editdistance.view;

import static dev.learninglab.labs.editdistance.model.EditDistanceTexts.T;

import dev.learninglab.core.view.ErrorColour;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.labs.editdistance.model.Costs;
import java.awt.BorderLayout;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
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
  final JButton compute = Localized.text(new JButton(), () -> T.get("editdistance.form.compute"));
  final JLabel error = new JLabel(" ");

  DpInputForm(Consumer<Inputs> onCompute) {
    super(new BorderLayout());
    source.setName("source");
    target.setName("target");
    error.setForeground(ErrorColour.get());
    error.setBorder(BorderFactory.createEmptyBorder(0, 6, 0, 6));
    // one wrapping row: on a narrow window the costs and Compute move to a second row, whole
    JPanel row = Toolbars.row();
    row.add(Toolbars.labelled(() -> T.get("editdistance.form.source"), source));
    row.add(Toolbars.labelled(() -> T.get("editdistance.form.target"), target));
    row.add(Toolbars.separator());
    row.add(Toolbars.labelled(() -> T.get("editdistance.form.insert"), insert));
    row.add(Toolbars.labelled(() -> T.get("editdistance.form.delete"), delete));
    row.add(Toolbars.labelled(() -> T.get("editdistance.form.substitute"), substitute));
    Localized.tip(insert, () -> T.get("editdistance.form.insert.tip"));
    Localized.tip(delete, () -> T.get("editdistance.form.delete.tip"));
    Localized.tip(substitute, () -> T.get("editdistance.form.substitute.tip"));
    row.add(compute);
    add(row, BorderLayout.CENTER);
    add(error, BorderLayout.SOUTH);

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

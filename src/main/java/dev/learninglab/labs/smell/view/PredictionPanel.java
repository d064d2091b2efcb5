package dev.learninglab.labs.smell.view;

import dev.learninglab.labs.smell.model.OdourPredictor.Odour;
import dev.learninglab.labs.smell.model.OdourPredictor.Prediction;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;

/**
 * The two shipped networks side by side, each named: the fruity model's probability as a bar, and
 * the GS-LF model's top odours as a list. They are trained apart, so their "fruity" can differ.
 */
final class PredictionPanel extends JPanel {
  private static final long serialVersionUID = 1L;
  private final JProgressBar fruity = new JProgressBar(0, 1000);
  private final DefaultListModel<String> odours = new DefaultListModel<>();
  private final JLabel note = new JLabel(" ");

  /** The bar's caption: which network the number comes from. */
  static final String FRUITY = "fruity model: ";

  PredictionPanel() {
    super(new BorderLayout(6, 6));
    setBorder(BorderFactory.createTitledBorder("Prediction (shipped graph networks)"));
    fruity.setName("fruityBar");
    fruity.setStringPainted(true);
    fruity.setString(FRUITY + "–");
    JList<String> list = new JList<>(odours);
    list.setName("odourList");
    list.setVisibleRowCount(6);
    // the rows are padded into a name and a percentage column, which only line up in monospace
    list.setFont(new Font(Font.MONOSPACED, Font.PLAIN, list.getFont().getSize()));
    JScrollPane scroll = new JScrollPane(list);
    scroll.setPreferredSize(new Dimension(260, 130));
    JPanel top = new JPanel(new BorderLayout(0, 4));
    top.add(fruity, BorderLayout.NORTH);
    JLabel listTitle =
        new JLabel("<html>GS-LF odour model (a separate network, 138 labels):</html>");
    listTitle.setName("odourListTitle");
    top.add(listTitle, BorderLayout.SOUTH);
    add(top, BorderLayout.NORTH);
    add(scroll, BorderLayout.CENTER);
    add(note, BorderLayout.SOUTH);
    note.setName("predictionNote");
  }

  void show(Prediction p) {
    if (p.fruity() != null) {
      fruity.setValue((int) Math.round(p.fruity() * 1000));
      fruity.setString(String.format("%s%.1f %%", FRUITY, 100 * p.fruity()));
    }
    odours.clear();
    if (p.odours().isEmpty()) {
      odours.addElement("(no odour model is shipped)");
    }
    for (Odour o : p.odours()) {
      odours.addElement(String.format("%-16s %5.1f %%", o.name(), 100 * o.p()));
    }
    note.setText(
        "<html>Atom tint: each atom's exact share of the fruity logit"
            + " (warm for, cool against).</html>");
  }

  void clear(String message) {
    fruity.setValue(0);
    fruity.setString(FRUITY + "–");
    odours.clear();
    note.setText(message);
  }

  String fruityText() {
    return fruity.getString();
  }
}

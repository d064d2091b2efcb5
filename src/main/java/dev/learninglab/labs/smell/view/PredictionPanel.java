package dev.learninglab.labs.smell.view;

import static dev.learninglab.labs.smell.model.SmellTexts.T;

import dev.learninglab.core.view.Localized;
import dev.learninglab.labs.smell.model.OdourPredictor.Odour;
import dev.learninglab.labs.smell.model.OdourPredictor.Prediction;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.util.function.Supplier;
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

  private transient Prediction last;

  PredictionPanel() {
    super(new BorderLayout(6, 6));
    Localized.titled(this, () -> T.get("smell.prediction.title"));
    fruity.setName("fruityBar");
    fruity.setStringPainted(true);
    fruity.setString(T.get("smell.prediction.fruityNone"));
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
        Localized.text(
            new JLabel(), () -> "<html>" + T.get("smell.prediction.listTitle") + "</html>");
    listTitle.setName("odourListTitle");
    top.add(listTitle, BorderLayout.SOUTH);
    add(top, BorderLayout.NORTH);
    add(scroll, BorderLayout.CENTER);
    add(note, BorderLayout.SOUTH);
    note.setName("predictionNote");
    Localized.whenChanged(this, "prediction", this::reword);
  }

  /** After a language switch: the bar and the odour list in the new language. */
  private void reword() {
    if (last != null) {
      show(last);
    } else {
      fruity.setString(T.get("smell.prediction.fruityNone"));
    }
  }

  void show(Prediction p) {
    last = p;
    if (p.fruity() != null) {
      fruity.setValue((int) Math.round(p.fruity() * 1000));
      fruity.setString(T.get("smell.prediction.fruity", 100 * p.fruity()));
    }
    odours.clear();
    if (p.odours().isEmpty()) {
      odours.addElement(T.get("smell.prediction.noModel"));
    }
    for (Odour o : p.odours()) {
      odours.addElement(String.format("%-16s %5.1f %%", o.name(), 100 * o.p()));
    }
    Localized.text(note, () -> "<html>" + T.get("smell.prediction.tint") + "</html>");
  }

  void clear(Supplier<String> message) {
    last = null;
    fruity.setValue(0);
    fruity.setString(T.get("smell.prediction.fruityNone"));
    odours.clear();
    Localized.text(note, message);
  }

  String fruityText() {
    return fruity.getString();
  }
}

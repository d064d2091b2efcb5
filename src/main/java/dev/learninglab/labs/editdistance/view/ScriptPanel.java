package dev.learninglab.labs.editdistance.view;

import dev.learninglab.labs.editdistance.model.EditStep;
import dev.learninglab.labs.editdistance.model.TutorialDp;
import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

/**
 * The correct edit script (click a step to see its cell) beside the tutorial's backtrace and what
 * is wrong with it.
 */
final class ScriptPanel extends JPanel {
  final DefaultListModel<EditStep> steps = new DefaultListModel<>();
  final JList<EditStep> list = new JList<>(steps);
  final JTextArea tutorial = new JTextArea(8, 24);

  ScriptPanel(Consumer<EditStep> onSelect) {
    super(new GridLayout(2, 1, 0, 6));
    // wide enough for "12. substitute 'y' → 'r' (2)" without the split pane squeezing it
    setMinimumSize(new java.awt.Dimension(300, 200));
    setPreferredSize(new java.awt.Dimension(340, 400));
    list.setName("script");
    DefaultListCellRenderer text = new DefaultListCellRenderer();
    list.setCellRenderer(
        (l, step, index, selected, focus) ->
            text.getListCellRendererComponent(
                l, (index + 1) + ". " + step.describe(), index, selected, focus));
    list.addListSelectionListener(
        e -> {
          if (!e.getValueIsAdjusting()) {
            onSelect.accept(list.getSelectedValue());
          }
        });
    tutorial.setEditable(false);
    tutorial.setLineWrap(true);
    tutorial.setWrapStyleWord(true);
    tutorial.setName("tutorialBacktrace");
    add(titled("Edit script (correct backtrace)", new JScrollPane(list)));
    add(titled("The tutorial's backtrace, as written", new JScrollPane(tutorial)));
  }

  /** Shows the script; {@code tutorialDp} may be null for inputs too long to compare. */
  void show(List<EditStep> script, long total, TutorialDp tutorialDp) {
    steps.clear();
    script.forEach(steps::addElement);
    list.setToolTipText("total cost " + total);
    if (tutorialDp == null) {
      tutorial.setText("(shown for strings of up to 40 characters)");
      return;
    }
    StringBuilder t = new StringBuilder(String.join(", ", tutorialDp.printed()));
    List<String> problems = tutorialDp.check();
    t.append("\n\n")
        .append(
            problems.isEmpty()
                ? "For these strings its labels happen to form a valid script."
                : "Not an edit script of these strings: " + String.join("; ", problems) + ".");
    t.append(
        "\nIt labels a cell I when its cost equals the insert cost (not the insert candidate)"
            + " and walks to the cheapest neighbour instead of the cell the cost came from.");
    tutorial.setText(t.toString());
    tutorial.setCaretPosition(0);
  }

  void clear(String why) {
    steps.clear();
    tutorial.setText(why);
  }

  private static JPanel titled(String title, JScrollPane content) {
    JPanel p = new JPanel(new BorderLayout());
    p.setBorder(BorderFactory.createTitledBorder(title));
    p.add(content);
    return p;
  }
}

package dev.learninglab.labs.editdistance.view;

import static dev.learninglab.labs.editdistance.model.EditDistanceTexts.T;

import dev.learninglab.core.view.Localized;
import dev.learninglab.labs.editdistance.model.EditStep;
import dev.learninglab.labs.editdistance.model.TutorialDp;
import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
                l,
                T.get("editdistance.step.numbered", index + 1, step.describe()),
                index,
                selected,
                focus));
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
    add(titled("editdistance.script.title", new JScrollPane(list)));
    add(titled("editdistance.script.tutorialTitle", new JScrollPane(tutorial)));
  }

  /** Shows the script; {@code tutorialDp} may be null for inputs too long to compare. */
  void show(List<EditStep> script, long total, TutorialDp tutorialDp) {
    steps.clear();
    script.forEach(steps::addElement);
    Localized.tip(list, () -> T.get("editdistance.script.total", total));
    if (tutorialDp == null) {
      Localized.text(tutorial, () -> T.get("editdistance.script.tutorialShortOnly"));
      return;
    }
    // the tutorial's printed labels are its program's output: shown as printed
    String printed = String.join(", ", tutorialDp.printed());
    List<String> problems = tutorialDp.check();
    Localized.text(
        tutorial,
        () ->
            printed
                + "\n\n"
                + (problems.isEmpty()
                    ? T.get("editdistance.script.valid")
                    : T.get("editdistance.script.invalid", String.join("; ", problems)))
                + "\n"
                + T.get("editdistance.script.why"));
  }

  void clear(Supplier<String> why) {
    steps.clear();
    Localized.text(tutorial, why);
  }

  private static JPanel titled(String key, JScrollPane content) {
    JPanel p = Localized.titled(new JPanel(new BorderLayout()), () -> T.get(key));
    p.add(content);
    return p;
  }
}

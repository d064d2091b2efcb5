package dev.learninglab.labs.gauntlet.view;

import static dev.learninglab.labs.gauntlet.model.GauntletTexts.T;

import dev.learninglab.core.view.ErrorColour;
import dev.learninglab.core.view.Localized;
import dev.learninglab.labs.gauntlet.model.Prompt;
import dev.learninglab.labs.gauntlet.model.Section;
import dev.learninglab.labs.gauntlet.model.SectionResult;
import dev.learninglab.labs.gauntlet.model.Shown;
import dev.learninglab.labs.gauntlet.model.Status;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;

/**
 * Under the editor: the check result (coloured), what the code printed, the values it made (first
 * rows of a table, the chart), and after a pass or a peek the reference with its pandas/dplyr (or
 * Python/R) equivalents.
 */
final class ResultPane {
  private final JPanel panel = new JPanel(new BorderLayout(4, 4));
  private final JLabel status = Localized.text(new JLabel(), () -> T.get("gauntlet.result.idle"));
  private final JTextArea message = area();
  private final JTabbedPane tabs = new JTabbedPane();
  private JComponent reference;

  ResultPane() {
    status.setFont(status.getFont().deriveFont(Font.BOLD));
    status.setBorder(BorderFactory.createEmptyBorder(4, 6, 0, 6));
    JScrollPane messageScroll = new JScrollPane(message);
    messageScroll.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 2));
    messageScroll.setPreferredSize(new java.awt.Dimension(420, 200));
    JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, messageScroll, tabs);
    split.setResizeWeight(0.0);
    panel.add(status, BorderLayout.NORTH);
    panel.add(split, BorderLayout.CENTER);
  }

  JComponent component() {
    return panel;
  }

  String statusText() {
    return status.getText();
  }

  void showRunning(Supplier<String> what) {
    status.setForeground(null);
    Localized.text(status, what);
  }

  void show(SectionResult r, Section section, boolean revealReference) {
    Localized.text(
        status, () -> T.get("gauntlet.result.status", r.status().text(), r.number(), r.millis()));
    status.setForeground(colour(r.status()));
    // the check's message is in the language of the moment it ran
    Localized.text(message, r::message);
    tabs.removeAll();
    reference = null;
    for (Shown s : r.shown()) {
      tabs.addTab(s.expression(), ValueView.of(s));
    }
    if (!r.output().isBlank()) {
      JTextArea out = area();
      out.setText(r.output());
      JScrollPane output = new JScrollPane(out);
      tabs.addTab("", output);
      Localized.tab(tabs, output, () -> T.get("gauntlet.result.output"));
    }
    if (revealReference) {
      addReference(section);
    }
  }

  void showReference(Section section) {
    addReference(section);
    tabs.setSelectedIndex(tabs.getTabCount() - 1);
  }

  void showSummary(Supplier<String> title, Supplier<String> text) {
    status.setForeground(null);
    Localized.text(status, title);
    Localized.text(message, text);
    tabs.removeAll();
    reference = null;
  }

  void showMessage(Supplier<String> text) {
    status.setForeground(colour(Status.error));
    Localized.text(status, () -> T.get("gauntlet.result.problem"));
    Localized.text(message, text);
  }

  private void addReference(Section section) {
    StringBuilder text = new StringBuilder();
    for (Prompt p : section.prompts()) {
      text.append(p.comment()).append('\n').append(p.solution()).append("\n\n");
      p.rosetta()
          .forEach(
              (lang, code) ->
                  text.append("# ").append(lang).append('\n').append(code).append("\n\n"));
    }
    JTextArea ref = area();
    ref.setFont(new Font(Font.MONOSPACED, Font.PLAIN, ref.getFont().getSize()));
    ref.setText(text.toString());
    ref.setCaretPosition(0);
    if (reference != null) {
      tabs.remove(reference);
    }
    reference = new JScrollPane(ref);
    tabs.addTab("", reference);
    Localized.tab(tabs, reference, () -> T.get("gauntlet.result.reference"));
  }

  private static Color colour(Status s) {
    return switch (s) {
      case pass -> new Color(0, 140, 60);
      case fail, error -> ErrorColour.get();
      case timeout -> new Color(200, 120, 0);
      case empty -> Color.GRAY;
    };
  }

  private static JTextArea area() {
    JTextArea a = new JTextArea();
    a.setEditable(false);
    a.setLineWrap(true);
    a.setWrapStyleWord(true);
    a.setOpaque(false);
    return a;
  }

  List<String> tabTitles() {
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < tabs.getTabCount(); i++) {
      out.add(tabs.getTitleAt(i));
    }
    return out;
  }
}

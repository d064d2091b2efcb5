package dev.learninglab.labs.gauntlet.view;

import dev.learninglab.core.view.ErrorColour;
import dev.learninglab.labs.gauntlet.model.Prompt;
import dev.learninglab.labs.gauntlet.model.Section;
import dev.learninglab.labs.gauntlet.model.SectionResult;
import dev.learninglab.labs.gauntlet.model.Shown;
import dev.learninglab.labs.gauntlet.model.Status;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
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
  private final JLabel status = new JLabel("Write a section, then Run (Ctrl+Enter).");
  private final JTextArea message = area();
  private final JTabbedPane tabs = new JTabbedPane();

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

  void showRunning(String what) {
    status.setForeground(null);
    status.setText(what);
  }

  void show(SectionResult r, Section section, boolean revealReference) {
    status.setText(r.status() + " · section " + r.number() + " · " + r.millis() + " ms");
    status.setForeground(colour(r.status()));
    message.setText(r.message());
    tabs.removeAll();
    for (Shown s : r.shown()) {
      tabs.addTab(s.expression(), ValueView.of(s));
    }
    if (!r.output().isBlank()) {
      JTextArea out = area();
      out.setText(r.output());
      tabs.addTab("Output", new JScrollPane(out));
    }
    if (revealReference) {
      addReference(section);
    }
  }

  void showReference(Section section) {
    addReference(section);
    tabs.setSelectedIndex(tabs.getTabCount() - 1);
  }

  void showSummary(String title, String text) {
    status.setForeground(null);
    status.setText(title);
    message.setText(text);
    tabs.removeAll();
  }

  void showMessage(String text) {
    status.setForeground(colour(Status.error));
    status.setText("Problem");
    message.setText(text);
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
    int existing = tabs.indexOfTab("Reference");
    if (existing >= 0) {
      tabs.removeTabAt(existing);
    }
    tabs.addTab("Reference", new JScrollPane(ref));
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

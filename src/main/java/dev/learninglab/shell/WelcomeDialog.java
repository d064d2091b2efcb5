package dev.learninglab.shell;

import static dev.learninglab.shell.ShellTexts.T;

import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.view.Dialogs;
import java.awt.Component;
import java.util.List;
import java.util.function.IntConsumer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * The first-launch welcome: what a lab is, what each one teaches, how to get help, and a choice of
 * where to begin. Shown once; Help ▸ Welcome brings it back.
 */
final class WelcomeDialog {
  private WelcomeDialog() {}

  static JDialog create(Component parent, List<Lab> labs, IntConsumer open) {
    StringBuilder html = new StringBuilder("<html><body style='font-family:sans-serif'>");
    html.append(T.get("shell.welcome.intro"))
        .append("<h3>")
        .append(T.get("shell.welcome.labs"))
        .append("</h3><table cellpadding='3'>");
    for (Lab lab : labs) {
      html.append("<tr><td valign='top'><b>")
          .append(lab.title())
          .append("</b></td><td>")
          .append(lab.summary())
          .append("</td></tr>");
    }
    html.append("</table></body></html>");

    JComboBox<String> choice =
        new JComboBox<>(labs.stream().map(Lab::title).toArray(String[]::new));
    JButton begin = new JButton(T.get("shell.welcome.open"));
    JPanel start = new JPanel();
    start.add(new JLabel(T.get("shell.welcome.beginWith")));
    start.add(choice);
    start.add(begin);
    JPanel content = new JPanel(new java.awt.BorderLayout(0, 8));
    content.add(HtmlPanes.scrolling(html.toString(), 620, 380), java.awt.BorderLayout.CENTER);
    content.add(start, java.awt.BorderLayout.SOUTH);
    JDialog dialog = Dialogs.closable(parent, T.get("shell.welcome.title"), content);
    begin.addActionListener(
        e -> {
          open.accept(choice.getSelectedIndex());
          dialog.dispose();
        });
    return dialog;
  }
}

package dev.learninglab.shell;

import static dev.learninglab.shell.ShellTexts.T;

import dev.learninglab.core.task.TaskEnd;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;

/** Shows an error as a sentence the learner can read, with the details one click away. */
public final class ErrorDialog {
  private ErrorDialog() {}

  /** Routes every uncaught exception to a dialog, so a failure never leaves a dead window. */
  static void installAsDefaultHandler(Component parent) {
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, error) -> SwingUtilities.invokeLater(() -> show(parent, error)));
  }

  public static void show(Component parent, Throwable error) {
    // a future's wrapper says nothing of its own; below it, a message-less error shows its cause's
    Throwable root = TaskEnd.realFailure(error);
    while (root.getCause() != null && root.getMessage() == null) {
      root = root.getCause();
    }
    String summary =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));

    JTextArea details = new JTextArea(trace.toString(), 12, 70);
    details.setEditable(false);
    JScrollPane scroll = new JScrollPane(details);
    scroll.setVisible(false);
    JButton toggle = new JButton(T.get("shell.error.show"));
    JButton copy = new JButton(T.get("shell.error.copy"));
    toggle.addActionListener(
        e -> {
          scroll.setVisible(!scroll.isVisible());
          toggle.setText(T.get(scroll.isVisible() ? "shell.error.hide" : "shell.error.show"));
          SwingUtilities.getWindowAncestor(scroll).pack();
        });
    copy.addActionListener(
        e ->
            Toolkit.getDefaultToolkit()
                .getSystemClipboard()
                .setContents(new StringSelection(summary + "\n\n" + trace), null));

    JPanel buttons = new JPanel();
    buttons.add(toggle);
    buttons.add(copy);
    JLabel text =
        new JLabel("<html><body style='width:420px'>" + escape(summary) + "</body></html>");
    text.setBorder(BorderFactory.createEmptyBorder(0, 0, 8, 0));
    JPanel content = new JPanel(new BorderLayout());
    content.add(text, BorderLayout.NORTH);
    content.add(buttons, BorderLayout.CENTER);
    content.add(scroll, BorderLayout.SOUTH);
    scroll.setPreferredSize(new Dimension(640, 240));
    JOptionPane.showMessageDialog(
        parent, content, T.get("shell.error.title"), JOptionPane.ERROR_MESSAGE);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
  }
}

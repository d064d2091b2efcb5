package dev.learninglab.core.view;

import static dev.learninglab.core.i18n.CoreTexts.T;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;

/**
 * The house dialog: content in the middle, the dialog's own buttons then Close at the bottom right,
 * Esc closes, Close is the default button. Built, not shown, so tests can lay it out and check it.
 */
public final class Dialogs {
  private Dialogs() {}

  /**
   * A modeless dialog over {@code parent}'s window with {@code content} and, before Close, {@code
   * actions}; call {@code setVisible(true)} to show it.
   */
  public static JDialog closable(
      Component parent, String title, JComponent content, JButton... actions) {
    Window owner = parent == null ? null : SwingUtilities.getWindowAncestor(parent);
    if (parent instanceof Window w) {
      owner = w;
    }
    JDialog dialog = new JDialog(owner, title);
    dialog.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
    JButton close = new JButton(T.get("core.dialog.close"));
    close.addActionListener(e -> dialog.dispose());
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
    buttons.setBorder(BorderFactory.createEmptyBorder(8, 0, 0, 0));
    for (JButton b : actions) {
      buttons.add(b);
    }
    buttons.add(close);
    JPanel root = new JPanel(new BorderLayout());
    root.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
    root.add(content, BorderLayout.CENTER);
    root.add(buttons, BorderLayout.SOUTH);
    dialog.setContentPane(root);
    dialog.getRootPane().setDefaultButton(close);
    closeOnEscape(dialog);
    dialog.pack();
    dialog.setLocationRelativeTo(owner);
    return dialog;
  }

  /** Makes Esc close {@code dialog}, as every desktop dialog does. */
  public static void closeOnEscape(JDialog dialog) {
    JComponent root = dialog.getRootPane();
    root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
        .put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "close-dialog");
    root.getActionMap()
        .put(
            "close-dialog",
            new AbstractAction() {
              @Override
              public void actionPerformed(ActionEvent e) {
                dialog.dispose();
              }
            });
  }
}

package dev.learninglab.core.view;

import javax.swing.JTextArea;
import javax.swing.UIManager;

/**
 * Reads like a label but breaks its text at spaces to fit the width it is given, for a message that
 * can be long (an error naming the input) and must never end in "…" or past the edge.
 */
public final class WrappingLabel extends JTextArea {
  private static final long serialVersionUID = 1L;

  public WrappingLabel(String text) {
    super(text);
    setEditable(false);
    setFocusable(false);
    setLineWrap(true);
    setWrapStyleWord(true);
  }

  /** A label's font, colours and no frame, in the theme in force now and after a switch. */
  @Override
  public void updateUI() {
    super.updateUI();
    setOpaque(false);
    setBorder(null);
    setFont(UIManager.getFont("Label.font"));
    setForeground(UIManager.getColor("Label.foreground"));
  }
}

package dev.learninglab.shell;

import java.awt.Dimension;
import javax.swing.JEditorPane;
import javax.swing.JScrollPane;

/** Read-only HTML text in a scroll pane, for About, lab help and the welcome. */
final class HtmlPanes {
  private HtmlPanes() {}

  static JScrollPane scrolling(String html, int width, int height) {
    JEditorPane pane = new JEditorPane("text/html", html);
    pane.setEditable(false);
    // without this the pane ignores the Look and Feel's font and colours (dark theme)
    pane.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
    pane.setCaretPosition(0);
    JScrollPane scroll = new JScrollPane(pane);
    scroll.setPreferredSize(new Dimension(width, height));
    return scroll;
  }
}

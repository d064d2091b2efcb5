package dev.learninglab.core.view;

import java.awt.Dimension;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import javax.swing.SwingConstants;

/**
 * The house toolbar: a row of controls above the lab's content that wraps onto further rows when
 * the window is narrow, so no control is ever cut off at the right edge. See
 * docs/ui-conventions.md.
 */
public final class Toolbars {
  private Toolbars() {}

  /** An empty toolbar row; add controls in reading order, the main action first. */
  public static JPanel row() {
    return new JPanel(new WrapLayout());
  }

  /** A thin vertical line between groups of controls. */
  public static JSeparator separator() {
    JSeparator s = new JSeparator(SwingConstants.VERTICAL);
    s.setPreferredSize(new Dimension(2, 22));
    return s;
  }
}

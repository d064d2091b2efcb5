package dev.learninglab.core.view;

import java.awt.Dimension;
import java.awt.FlowLayout;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.JLabel;
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

  /**
   * A label and the field it names as one item of a row, so the row wraps before the label or after
   * the field, never between the two.
   */
  public static JPanel labelled(String text, JComponent field) {
    return labelled(new JLabel(text), field);
  }

  /**
   * As {@link #labelled(String, JComponent)}, the name looked up again when the language changes.
   */
  public static JPanel labelled(Supplier<String> text, JComponent field) {
    return labelled(Localized.text(new JLabel(), text), field);
  }

  /** As {@link #labelled(String, JComponent)}, for a label that has its own tooltip. */
  public static JPanel labelled(JLabel label, JComponent field) {
    label.setLabelFor(field);
    JPanel pair = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
    pair.setOpaque(false);
    pair.add(label);
    pair.add(field);
    return pair;
  }

  /** A thin vertical line between groups of controls. */
  public static JSeparator separator() {
    JSeparator s = new JSeparator(SwingConstants.VERTICAL);
    s.setPreferredSize(new Dimension(2, 22));
    return s;
  }
}

package dev.learninglab.core.view;

import java.awt.Color;
import java.util.Locale;
import javax.swing.UIManager;

/**
 * The one red for error text. The shell's theme sets {@link #KEY} for light and dark; without a
 * theme (tests, a lab run on its own) a red that reads on a light panel is used.
 */
public final class ErrorColour {
  /** The look-and-feel key the theme registers. */
  public static final String KEY = "Lab.errorForeground";

  private static final Color FALLBACK = new Color(0xC62828);

  private ErrorColour() {}

  public static Color get() {
    Color c = UIManager.getColor(KEY);
    return c == null ? FALLBACK : c;
  }

  /** The same colour as a CSS value, for error text in HTML panes. */
  public static String css() {
    Color c = get();
    return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }
}

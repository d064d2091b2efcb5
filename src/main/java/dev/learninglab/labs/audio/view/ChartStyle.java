package dev.learninglab.labs.audio.view;

import java.awt.Color;
import java.awt.Font;
import javax.swing.UIManager;

/** Colours and font of the lab's plots, taken from the FlatLaf theme (or fixed for the CLI). */
public record ChartStyle(Color background, Color foreground, Color muted, Color accent, Font font) {

  /** The current look-and-feel's colours, so plots follow the light/dark switch. */
  public static ChartStyle fromTheme() {
    Color bg = color("Panel.background", Color.WHITE);
    Color fg = color("Label.foreground", Color.BLACK);
    Color muted = color("Label.disabledForeground", Color.GRAY);
    Color accent = color("Component.accentColor", color("Actions.Blue", new Color(0x2675bf)));
    Font font = UIManager.getFont("Label.font");
    return new ChartStyle(
        bg, fg, muted, accent, font == null ? new Font("SansSerif", Font.PLAIN, 12) : font);
  }

  /** White background, for PNG files written by the command line. */
  public static ChartStyle print() {
    return new ChartStyle(
        Color.WHITE,
        new Color(0x202020),
        new Color(0x808080),
        new Color(0x2675bf),
        new Font("SansSerif", Font.PLAIN, 12));
  }

  private static Color color(String key, Color fallback) {
    Color c = UIManager.getColor(key);
    return c == null ? fallback : c;
  }
}

package dev.learninglab.labs.audio.view;

import dev.learninglab.labs.audio.io.ChartStyle;
import java.awt.Color;
import java.awt.Font;
import javax.swing.UIManager;

/** The plots' style taken from the FlatLaf theme, so they follow the light/dark switch. */
final class ThemeChartStyle {
  private ThemeChartStyle() {}

  static ChartStyle current() {
    Color bg = color("Panel.background", Color.WHITE);
    Color fg = color("Label.foreground", Color.BLACK);
    Color muted = color("Label.disabledForeground", Color.GRAY);
    Color accent = color("Component.accentColor", color("Actions.Blue", new Color(0x2675bf)));
    Font font = UIManager.getFont("Label.font");
    return new ChartStyle(
        bg, fg, muted, accent, font == null ? new Font("SansSerif", Font.PLAIN, 12) : font);
  }

  private static Color color(String key, Color fallback) {
    Color c = UIManager.getColor(key);
    return c == null ? fallback : c;
  }
}

package dev.learninglab.labs.audio.io;

import java.awt.Color;
import java.awt.Font;

/**
 * Colours and font of the lab's plots: fixed for the files the CLI writes ({@link #print()}), or
 * the theme's in the window ({@code view.ThemeChartStyle}).
 */
public record ChartStyle(Color background, Color foreground, Color muted, Color accent, Font font) {

  /** White background, for PNG files written by the command line. */
  public static ChartStyle print() {
    return new ChartStyle(
        Color.WHITE,
        new Color(0x202020),
        new Color(0x808080),
        new Color(0x2675bf),
        new Font("SansSerif", Font.PLAIN, 12));
  }
}

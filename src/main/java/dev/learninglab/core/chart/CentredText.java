package dev.learninglab.core.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A hint painted in the middle of an empty picture or chart, broken into lines at spaces so that it
 * fits the width instead of running past the edge.
 */
public final class CentredText {
  private static final int MARGIN = 8;

  private CentredText() {}

  /**
   * Draws {@code text} centred in a box {@code width} wide, its first baseline at {@code y}, in the
   * graphics' font and colour; returns the baseline after the last line.
   */
  public static int draw(Graphics2D g, String text, int width, int y) {
    FontMetrics fm = g.getFontMetrics();
    for (String line : lines(text, fm, width - 2 * MARGIN)) {
      g.drawString(line, Math.max(MARGIN, (width - fm.stringWidth(line)) / 2), y);
      y += fm.getHeight();
    }
    return y;
  }

  /**
   * {@code text} split at spaces into lines at most {@code maxWidth} wide (a longer word alone).
   */
  static List<String> lines(String text, FontMetrics fm, int maxWidth) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      String longer = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && fm.stringWidth(longer) > maxWidth) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(longer);
      }
    }
    lines.add(line.toString());
    return lines;
  }
}

package dev.learninglab.labs.gauntlet.view;

import static dev.learninglab.labs.gauntlet.model.GauntletTexts.T;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import javax.swing.JComponent;

/**
 * A calendar heat-map of the last year, one square per day, weeks as columns (as on a code host's
 * contribution graph): grey for no finished gauntlet, green for one or more.
 */
final class HeatMap extends JComponent {
  private static final int CELL = 12;
  private static final int GAP = 2;
  private static final int WEEKS = 53;
  private Map<LocalDate, Integer> counts = Map.of();
  private LocalDate today = LocalDate.now();

  HeatMap() {
    setPreferredSize(new Dimension(WEEKS * (CELL + GAP) + 40, 7 * (CELL + GAP) + 24));
  }

  void show(Map<LocalDate, Integer> done, LocalDate day) {
    this.counts = Map.copyOf(done);
    this.today = day;
    repaint();
  }

  @Override
  protected void paintComponent(Graphics g) {
    Graphics2D g2 = (Graphics2D) g.create();
    g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    LocalDate lastMonday = today.with(DayOfWeek.MONDAY);
    LocalDate first = lastMonday.minusWeeks(WEEKS - 1);
    g2.setColor(getForeground());
    g2.drawString(T.get("gauntlet.heatmap.monday"), 0, CELL);
    g2.drawString(T.get("gauntlet.heatmap.sunday"), 0, 7 * (CELL + GAP));
    for (int w = 0; w < WEEKS; w++) {
      for (int d = 0; d < 7; d++) {
        LocalDate day = first.plusWeeks(w).plusDays(d);
        if (day.isAfter(today)) {
          continue;
        }
        int n = counts.getOrDefault(day, 0);
        g2.setColor(
            n == 0
                ? new Color(128, 128, 128, 60)
                : n == 1 ? new Color(64, 170, 90) : new Color(20, 110, 50));
        g2.fillRoundRect(32 + w * (CELL + GAP), d * (CELL + GAP), CELL, CELL, 3, 3);
      }
    }
    g2.dispose();
  }
}

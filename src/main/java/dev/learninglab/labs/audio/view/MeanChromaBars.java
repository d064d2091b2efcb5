package dev.learninglab.labs.audio.view;

import static dev.learninglab.labs.audio.model.AudioTexts.T;

import dev.learninglab.labs.audio.io.ChartStyle;
import dev.learninglab.labs.audio.model.Notes;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Locale;
import javax.swing.JComponent;

/** Mean chroma per pitch class as bars, the strongest one highlighted: where the clip centres. */
final class MeanChromaBars extends JComponent {
  private double[] means;

  MeanChromaBars() {
    setPreferredSize(new Dimension(320, 260));
    PlotExport.install(this, this::image, this::csv);
  }

  void show(double[] m) {
    means = m;
    repaint();
  }

  private String csv() {
    StringBuilder sb = new StringBuilder("pitch_class,mean_chroma\n");
    for (int i = 0; means != null && i < means.length; i++) {
      sb.append(Notes.SHARPS.get(i)).append(',').append(means[i]).append('\n');
    }
    return sb.toString();
  }

  private BufferedImage image() {
    BufferedImage img = new BufferedImage(500, 320, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    paintInto(g, new Rectangle(0, 0, 500, 320), ChartStyle.print());
    g.dispose();
    return img;
  }

  @Override
  protected void paintComponent(Graphics g0) {
    Graphics2D g = (Graphics2D) g0.create();
    paintInto(g, new Rectangle(0, 0, getWidth(), getHeight()), ThemeChartStyle.current());
    g.dispose();
  }

  private void paintInto(Graphics2D g, Rectangle b, ChartStyle style) {
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(style.background());
    g.fillRect(b.x, b.y, b.width, b.height);
    g.setFont(style.font().deriveFont(11f));
    FontMetrics fm = g.getFontMetrics();
    if (means == null) {
      g.setColor(style.muted());
      g.drawString(T.get("audio.bars.empty"), b.x + 8, b.y + b.height / 2);
      return;
    }
    int best = 0;
    double max = 1e-12;
    for (int i = 0; i < means.length; i++) {
      if (means[i] > means[best]) {
        best = i;
      }
      max = Math.max(max, means[i]);
    }
    g.setColor(style.foreground());
    g.drawString(T.get("audio.bars.title", Notes.SHARPS.get(best)), b.x + 8, b.y + 16);
    Rectangle a = new Rectangle(b.x + 40, b.y + 38, b.width - 52, b.height - 38 - 26);
    double slot = a.width / 12.0;
    for (int i = 0; i < 12; i++) {
      int h = (int) Math.round(means[i] / max * a.height);
      int x = a.x + (int) Math.round(i * slot + slot * 0.15);
      g.setColor(i == best ? style.accent() : style.muted());
      g.fillRect(x, a.y + a.height - h, (int) Math.max(2, slot * 0.7), h);
      g.setColor(style.foreground());
      String name = Notes.SHARPS.get(i);
      g.drawString(
          name,
          x + (int) (slot * 0.35) - fm.stringWidth(name) / 2,
          a.y + a.height + fm.getAscent() + 3);
    }
    g.drawLine(a.x, a.y + a.height, a.x + a.width, a.y + a.height);
    for (int i = 0; i <= 2; i++) {
      double v = max * i / 2;
      int y = a.y + a.height - (int) Math.round(a.height * i / 2.0);
      String label = String.format(Locale.ROOT, "%.2f", v);
      g.drawString(label, a.x - 6 - fm.stringWidth(label), y + fm.getAscent() / 2);
    }
  }
}

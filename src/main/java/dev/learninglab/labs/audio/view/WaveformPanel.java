package dev.learninglab.labs.audio.view;

import static dev.learninglab.labs.audio.model.AudioTexts.T;

import dev.learninglab.labs.audio.io.ChartStyle;
import dev.learninglab.labs.audio.io.Heatmap;
import dev.learninglab.labs.audio.model.AudioClip;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Locale;
import javax.swing.JComponent;

/** The waveform (min/max per pixel column) with the playback cursor, aligned with the heat maps. */
final class WaveformPanel extends JComponent {
  private AudioClip clip;
  private double cursorSeconds = Double.NaN;

  WaveformPanel() {
    setPreferredSize(new Dimension(600, 110));
    setMinimumSize(new Dimension(200, 80));
    PlotExport.install(this, this::image, null);
  }

  void show(AudioClip c) {
    clip = c;
    repaint();
  }

  void cursor(double seconds) {
    cursorSeconds = seconds;
    repaint();
  }

  private BufferedImage image() {
    BufferedImage img = new BufferedImage(1000, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    paintInto(g, new Rectangle(0, 0, 1000, 200), ChartStyle.print());
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
    g.setColor(style.background());
    g.fillRect(b.x, b.y, b.width, b.height);
    g.setFont(style.font().deriveFont(11f));
    // same left/right margins as the heat maps so time lines up
    Rectangle a =
        new Rectangle(
            b.x + Heatmap.LEFT,
            b.y + 18,
            Math.max(1, b.width - Heatmap.LEFT - Heatmap.RIGHT),
            Math.max(1, b.height - 26));
    if (clip == null) {
      g.setColor(style.muted());
      g.drawString(T.get("audio.waveform.empty"), a.x, a.y + a.height / 2);
      return;
    }
    g.setColor(style.foreground());
    g.drawString(
        T.get(
            "audio.waveform.title",
            String.format(Locale.ROOT, "%.2f", clip.seconds()),
            clip.sampleRate()),
        a.x,
        b.y + 13);
    g.drawString("1", a.x - 14, a.y + 10);
    g.drawString("-1", a.x - 18, a.y + a.height);
    g.setColor(style.muted());
    g.drawRect(a.x, a.y, a.width, a.height);
    int mid = a.y + a.height / 2;
    g.drawLine(a.x, mid, a.x + a.width, mid);
    float[] y = clip.samples();
    g.setColor(style.accent());
    for (int x = 0; x < a.width; x++) {
      int from = (int) ((long) x * y.length / a.width);
      int to = Math.max(from + 1, (int) ((long) (x + 1) * y.length / a.width));
      float lo = 0;
      float hi = 0;
      for (int i = from; i < Math.min(to, y.length); i++) {
        lo = Math.min(lo, y[i]);
        hi = Math.max(hi, y[i]);
      }
      g.drawLine(
          a.x + x,
          mid - Math.round(hi * a.height / 2f),
          a.x + x,
          mid - Math.round(lo * a.height / 2f));
    }
    if (!Double.isNaN(cursorSeconds)) {
      int x = a.x + (int) Math.round(cursorSeconds / clip.seconds() * a.width);
      g.setColor(style.foreground());
      g.fillRect(x - 1, a.y, 2, a.height);
    }
  }
}

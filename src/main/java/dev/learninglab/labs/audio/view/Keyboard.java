package dev.learninglab.labs.audio.view;

import dev.learninglab.labs.audio.io.ChartStyle;
import dev.learninglab.labs.audio.model.Notes;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.function.IntConsumer;
import javax.swing.JComponent;

/** A clickable piano keyboard over a few octaves; C keys carry their name (middle C = C4). */
final class Keyboard extends JComponent {
  private static final boolean[] BLACK = {
    false, true, false, true, false, false, true, false, true, false, true, false
  };
  private final int firstMidi;
  private final int octaves;
  private int selected = -1;

  Keyboard(int firstMidi, int octaves, IntConsumer onKey) {
    this.firstMidi = firstMidi;
    this.octaves = octaves;
    setPreferredSize(new Dimension(760, 150));
    addMouseListener(
        new MouseAdapter() {
          @Override
          public void mousePressed(MouseEvent e) {
            int midi = keyAt(e.getX(), e.getY());
            if (midi >= 0) {
              onKey.accept(midi);
            }
          }
        });
  }

  void select(int midi) {
    selected = midi;
    repaint();
  }

  private int whiteKeys() {
    return octaves * 7;
  }

  private Rectangle keyRect(int midi) {
    int offset = midi - firstMidi;
    int octave = offset / 12;
    int pc = offset % 12;
    double w = getWidth() / (double) whiteKeys();
    int whiteIndex = octave * 7 + whitesBefore(pc);
    if (!BLACK[pc]) {
      return new Rectangle(
          (int) Math.round(whiteIndex * w), 0, (int) Math.round(w) - 1, getHeight() - 1);
    }
    int bw = (int) Math.round(w * 0.6);
    return new Rectangle(
        (int) Math.round(whiteIndex * w - bw / 2.0), 0, bw, (int) (getHeight() * 0.6));
  }

  private static int whitesBefore(int pc) {
    int n = 0;
    for (int i = 0; i < pc; i++) {
      if (!BLACK[i]) {
        n++;
      }
    }
    return n;
  }

  int keyAt(int x, int y) {
    int last = firstMidi + octaves * 12;
    for (int m = firstMidi; m < last; m++) {
      if (BLACK[(m - firstMidi) % 12] && keyRect(m).contains(x, y)) {
        return m;
      }
    }
    for (int m = firstMidi; m < last; m++) {
      if (!BLACK[(m - firstMidi) % 12] && keyRect(m).contains(x, y)) {
        return m;
      }
    }
    return -1;
  }

  @Override
  protected void paintComponent(Graphics g0) {
    Graphics2D g = (Graphics2D) g0.create();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    ChartStyle style = ThemeChartStyle.current();
    g.setFont(style.font().deriveFont(11f));
    int last = firstMidi + octaves * 12;
    for (int pass = 0; pass < 2; pass++) {
      for (int m = firstMidi; m < last; m++) {
        boolean black = BLACK[(m - firstMidi) % 12];
        if (black != (pass == 1)) {
          continue;
        }
        Rectangle r = keyRect(m);
        g.setColor(
            m == selected
                ? style.accent()
                : black ? new java.awt.Color(0x222222) : java.awt.Color.WHITE);
        g.fillRect(r.x, r.y, r.width, r.height);
        g.setColor(new java.awt.Color(0x555555));
        g.drawRect(r.x, r.y, r.width, r.height);
        if (!black && (m - firstMidi) % 12 == 0) {
          String name = Notes.fromFrequency(Notes.midiToHz(m)).name();
          g.setColor(m == selected ? java.awt.Color.WHITE : new java.awt.Color(0x333333));
          g.drawString(name, r.x + 4, r.y + r.height - 6);
        }
      }
    }
    g.dispose();
  }
}

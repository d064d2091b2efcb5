package dev.learninglab.labs.captioning.view;

import static dev.learninglab.labs.captioning.model.CaptioningTexts.T;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * A small picture drawn large with square pixels, optionally under a heat-map of attention weights
 * over a {@code grid × grid} partition (brighter = more attention).
 */
final class ImageCanvas extends JComponent {

  private BufferedImage image;
  private float[] attention;
  private int grid;
  private Supplier<String> empty = () -> T.get("captioning.image.none");

  ImageCanvas(int side) {
    setPreferredSize(new Dimension(side, side));
    setMinimumSize(new Dimension(side, side));
  }

  void setImage(BufferedImage image) {
    this.image = image;
    this.attention = null;
    repaint();
  }

  /** Attention weights row by row, or null for none. */
  void setAttention(float[] weights, int grid) {
    this.attention = weights;
    this.grid = grid;
    repaint();
  }

  void setEmptyText(Supplier<String> text) {
    this.empty = text;
    repaint();
  }

  @Override
  protected void paintComponent(Graphics g0) {
    Graphics2D g = (Graphics2D) g0.create();
    int side = Math.min(getWidth(), getHeight());
    int x0 = (getWidth() - side) / 2;
    int y0 = (getHeight() - side) / 2;
    if (image == null) {
      g.setColor(UIManager.getColor("Label.disabledForeground"));
      g.drawRect(x0, y0, side - 1, side - 1);
      g.drawString(empty.get(), x0 + 8, y0 + side / 2);
      g.dispose();
      return;
    }
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    g.drawImage(image, x0, y0, side, side, null);
    if (attention != null) {
      float max = 1e-9f;
      for (float a : attention) {
        max = Math.max(max, a);
      }
      double cell = side / (double) grid;
      for (int r = 0; r < grid; r++) {
        for (int c = 0; c < grid; c++) {
          float w = attention[r * grid + c] / max;
          // dim what the model does not look at, so the attended cells stand out
          g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.75f * (1 - w)));
          g.setColor(Color.BLACK);
          g.fillRect(
              x0 + (int) Math.round(c * cell),
              y0 + (int) Math.round(r * cell),
              (int) Math.ceil(cell),
              (int) Math.ceil(cell));
        }
      }
    }
    g.dispose();
  }
}

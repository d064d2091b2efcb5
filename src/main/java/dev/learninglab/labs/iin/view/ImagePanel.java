package dev.learninglab.labs.iin.view;

import dev.learninglab.core.view.Localized;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.UIManager;

/** An image scaled to fit (keeping its aspect), or a line saying what will appear there. */
final class ImagePanel extends JComponent {
  private final Supplier<String> emptyText;
  private BufferedImage image;

  ImagePanel(Supplier<String> emptyText) {
    this.emptyText = emptyText;
    setPreferredSize(new Dimension(220, 220));
    setMinimumSize(new Dimension(120, 120));
    Localized.whenChanged(this, "empty", this::repaint);
  }

  void setImage(BufferedImage image) {
    this.image = image;
    repaint();
  }

  boolean hasImage() {
    return image != null;
  }

  @Override
  protected void paintComponent(Graphics graphics) {
    Graphics2D g = (Graphics2D) graphics.create();
    if (image == null) {
      g.setColor(UIManager.getColor("Label.disabledForeground"));
      g.drawString(emptyText.get(), 4, g.getFontMetrics().getHeight());
    } else {
      double scale =
          Math.min(
              (double) getWidth() / image.getWidth(), (double) getHeight() / image.getHeight());
      int w = (int) (image.getWidth() * scale);
      int h = (int) (image.getHeight() * scale);
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION,
          scale >= 2
              ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR
              : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(image, (getWidth() - w) / 2, (getHeight() - h) / 2, w, h, null);
    }
    g.dispose();
  }
}

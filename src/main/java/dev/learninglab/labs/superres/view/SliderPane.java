package dev.learninglab.labs.superres.view;

import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;

/**
 * Two restorations on top of each other with a draggable divider: bicubic on the left of it, FSRCNN
 * on the right. Dragging elsewhere pans, as in the side-by-side panes.
 */
final class SliderPane extends ImagePane {

  private BufferedImage right;
  private double split = 0.5;
  private String rightCaption = "";

  SliderPane(ViewTransform transform) {
    super(transform);
  }

  void setImages(
      BufferedImage left, String leftCaption, BufferedImage rightImage, String rightCaption) {
    this.right = rightImage;
    this.rightCaption = rightCaption;
    setImage(left, 1, leftCaption + "  |  " + rightCaption);
  }

  @Override
  protected void paintComponent(Graphics g) {
    super.paintComponent(g);
    if (right == null) {
      return;
    }
    int x = (int) (getWidth() * split);
    Graphics2D g2 = (Graphics2D) g.create();
    g2.clipRect(x, 0, getWidth() - x, getHeight());
    paintImage(g2, right, transform.zoom(), transform.tx(), transform.ty());
    g2.setClip(null);
    g2.setColor(Color.WHITE);
    g2.fillRect(x - 1, 0, 3, getHeight());
    g2.drawString(rightCaption, Math.min(x + 8, getWidth() - 80), getHeight() - 8);
    g2.dispose();
  }

  @Override
  protected boolean pressed(MouseEvent e) {
    return Math.abs(e.getX() - getWidth() * split) < 8;
  }

  @Override
  protected void dragged(MouseEvent e) {
    split = Math.max(0, Math.min(1, e.getX() / (double) Math.max(1, getWidth())));
    repaint();
  }
}

package dev.learninglab.labs.superres.view;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;

/**
 * Two restorations on top of each other with a draggable divider: bicubic on the left of it, FSRCNN
 * on the right. The divider is a position on the picture (half-way at first), so it stays on the
 * picture whatever the zoom and pan; the magnifier shows the half its centre is over. Dragging
 * elsewhere pans, as in the side-by-side panes.
 */
final class SliderPane extends ImagePane {

  private BufferedImage right;
  private double split = 0.5; // of the picture's width
  private String rightCaption = "";

  SliderPane(ViewTransform transform) {
    super(transform);
  }

  void setImages(
      BufferedImage left, String leftCaption, BufferedImage rightImage, String rightCaption) {
    this.right = rightImage;
    this.rightCaption = rightCaption;
    setImage(left, 1, leftCaption);
  }

  /** The divider's x on screen. */
  int dividerX() {
    double w = right == null ? 0 : right.getWidth() * transform.zoom();
    return (int) Math.round(transform.tx() + split * w);
  }

  @Override
  protected void paintPictures(Graphics2D g2) {
    super.paintPictures(g2);
    if (right == null) {
      return;
    }
    int x = dividerX();
    Graphics2D half = (Graphics2D) g2.create();
    half.clipRect(x, 0, Math.max(0, getWidth() - x), getHeight());
    paintImage(half, right, transform.zoom(), transform.tx(), transform.ty());
    half.dispose();
    g2.setColor(Color.WHITE);
    g2.fillRect(x - 1, 0, 3, getHeight());
    g2.setColor(new Color(0, 0, 0, 120));
    g2.drawRect(x - 2, 0, 4, getHeight());
    int w = g2.getFontMetrics().stringWidth(rightCaption) + 12;
    chip(g2, rightCaption, Math.max(0, Math.min(x + 4, getWidth() - w)), pictureTop());
  }

  @Override
  protected BufferedImage imageUnder(double sx) {
    return right != null && sx >= dividerX() ? right : super.imageUnder(sx);
  }

  @Override
  protected boolean pressed(MouseEvent e) {
    return Math.abs(e.getX() - dividerX()) < 8;
  }

  @Override
  protected void dragged(MouseEvent e) {
    if (right == null) {
      return;
    }
    double w = Math.max(1, right.getWidth() * transform.zoom());
    split = Math.max(0, Math.min(1, (e.getX() - transform.tx()) / w));
    repaint();
  }
}

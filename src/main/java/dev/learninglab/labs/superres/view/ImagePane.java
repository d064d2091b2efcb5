package dev.learninglab.labs.superres.view;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import javax.swing.JComponent;

/**
 * One picture under the shared {@link ViewTransform}: drag pans, the wheel zooms, and the magnifier
 * shows a 4× lens where the mouse is, in every pane at once. Pixels are drawn without smoothing so
 * that the learner sees what each method produced.
 */
class ImagePane extends JComponent {

  private static final int LENS_RADIUS = 70;
  private static final double LENS_ZOOM = 4;

  protected final ViewTransform transform;
  private BufferedImage image;
  private double pixelSize = 1;
  private String caption = "";
  private String placeholder = "";

  ImagePane(ViewTransform transform) {
    this.transform = transform;
    transform.addListener(this::repaint);
    MouseAdapter mouse = new PanZoom();
    addMouseListener(mouse);
    addMouseMotionListener(mouse);
    addMouseWheelListener(mouse);
  }

  /** Shows {@code img}, each of its pixels covering {@code pixelSize} image-space pixels. */
  void setImage(BufferedImage img, double pixelSize, String caption) {
    this.image = img;
    this.pixelSize = pixelSize;
    this.caption = caption;
    repaint();
  }

  BufferedImage image() {
    return image;
  }

  String caption() {
    return caption;
  }

  /** What an empty pane says (what is being prepared), until its first image arrives. */
  void setPlaceholder(String text) {
    this.placeholder = text;
    repaint();
  }

  @Override
  protected void paintComponent(Graphics g) {
    Graphics2D g2 = (Graphics2D) g.create();
    g2.setColor(getBackground());
    g2.fillRect(0, 0, getWidth(), getHeight());
    g2.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    if (image == null) {
      g2.setColor(getForeground());
      int w = g2.getFontMetrics().stringWidth(placeholder);
      g2.drawString(placeholder, (getWidth() - w) / 2, getHeight() / 2);
    } else {
      paintPictures(g2);
      Point2D at = transform.lensAt();
      if (transform.lens() && at != null) {
        paintLens(g2, imageUnder(at.getX() * transform.zoom() + transform.tx()), at);
      }
      chip(g2, caption, pictureLeft(), pictureTop());
    }
    g2.dispose();
  }

  /** Where the picture starts on screen, kept inside the pane: captions sit on its corner. */
  protected int pictureLeft() {
    return (int) Math.max(0, Math.round(transform.tx()));
  }

  protected int pictureTop() {
    return (int) Math.max(0, Math.round(transform.ty()));
  }

  /** Draws the picture(s) under the transform; the slider draws two. */
  protected void paintPictures(Graphics2D g2) {
    paintImage(g2, image, transform.zoom(), transform.tx(), transform.ty());
  }

  /** The image the magnifier shows when its centre is at screen x {@code sx}. */
  protected BufferedImage imageUnder(double sx) {
    return image;
  }

  /** A caption in white on a dark chip, readable on any picture and in either theme. */
  protected static void chip(Graphics2D g2, String text, int x, int y) {
    if (text.isEmpty()) {
      return;
    }
    g2.setColor(new Color(0, 0, 0, 160));
    g2.fillRect(x, y, g2.getFontMetrics().stringWidth(text) + 12, 20);
    g2.setColor(Color.WHITE);
    g2.drawString(text, x + 6, y + 15);
  }

  /** Draws an image at the given zoom and offset, nearest-neighbour. */
  protected void paintImage(Graphics2D g2, BufferedImage img, double zoom, double tx, double ty) {
    g2.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    double z = zoom * pixelSize;
    g2.drawImage(
        img,
        (int) Math.round(tx),
        (int) Math.round(ty),
        (int) Math.round(img.getWidth() * z),
        (int) Math.round(img.getHeight() * z),
        null);
  }

  private void paintLens(Graphics2D g2, BufferedImage shown, Point2D at) {
    double cx = at.getX() * transform.zoom() + transform.tx();
    double cy = at.getY() * transform.zoom() + transform.ty();
    double z = transform.zoom() * LENS_ZOOM;
    Shape circle =
        new Ellipse2D.Double(cx - LENS_RADIUS, cy - LENS_RADIUS, 2 * LENS_RADIUS, 2 * LENS_RADIUS);
    Graphics2D lens = (Graphics2D) g2.create();
    lens.clip(circle);
    paintImage(lens, shown, z, cx - at.getX() * z, cy - at.getY() * z);
    lens.dispose();
    g2.setColor(Color.YELLOW);
    g2.setStroke(new BasicStroke(2));
    g2.draw(circle);
  }

  /** Where a mouse drag starts: subclasses may take it for themselves (the slider). */
  protected boolean pressed(MouseEvent e) {
    return false;
  }

  protected void dragged(MouseEvent e) {}

  private final class PanZoom extends MouseAdapter {
    private Point2D last;
    private boolean mine;

    @Override
    public void mousePressed(MouseEvent e) {
      mine = pressed(e);
      last = e.getPoint();
    }

    @Override
    public void mouseDragged(MouseEvent e) {
      if (mine) {
        dragged(e);
      } else if (last != null) {
        transform.panBy(e.getX() - last.getX(), e.getY() - last.getY());
      }
      last = e.getPoint();
      transform.setLensAt(transform.toImage(e.getX(), e.getY()));
    }

    @Override
    public void mouseMoved(MouseEvent e) {
      transform.setLensAt(transform.toImage(e.getX(), e.getY()));
    }

    @Override
    public void mouseExited(MouseEvent e) {
      transform.setLensAt(null);
    }

    @Override
    public void mouseWheelMoved(MouseWheelEvent e) {
      transform.zoomAt(Math.pow(1.15, -e.getPreciseWheelRotation()), e.getX(), e.getY());
    }
  }
}

package dev.learninglab.labs.superres.view;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Zoom, pan and magnifier position shared by every comparison pane, so that they all show the same
 * part of the picture. Coordinates are in the high-resolution image's pixels.
 */
final class ViewTransform {

  private double zoom = 1;
  private double tx;
  private double ty;
  private boolean lens;
  private Point2D lensAt;
  private final List<Runnable> listeners = new ArrayList<>();

  void addListener(Runnable l) {
    listeners.add(l);
  }

  double zoom() {
    return zoom;
  }

  double tx() {
    return tx;
  }

  double ty() {
    return ty;
  }

  /** Fits an image of {@code w}×{@code h} in a {@code width}×{@code height} pane. */
  void fit(int w, int h, int width, int height) {
    zoom = Math.min(1, Math.min((double) width / w, (double) height / h));
    tx = (width - w * zoom) / 2;
    ty = (height - h * zoom) / 2;
    changed();
  }

  /**
   * Shows an image of {@code w}×{@code h} pixel for pixel in a {@code width}×{@code height} pane,
   * its centre in the pane's centre; a larger image is panned to see the rest.
   */
  void actualSize(int w, int h, int width, int height) {
    zoom = 1;
    tx = (width - w) / 2.0;
    ty = (height - h) / 2.0;
    changed();
  }

  void panBy(double dx, double dy) {
    tx += dx;
    ty += dy;
    changed();
  }

  /** Zooms by {@code factor} keeping the image point under (sx, sy) where it is. */
  void zoomAt(double factor, double sx, double sy) {
    double next = Math.max(0.05, Math.min(32, zoom * factor));
    double ix = (sx - tx) / zoom;
    double iy = (sy - ty) / zoom;
    zoom = next;
    tx = sx - ix * zoom;
    ty = sy - iy * zoom;
    changed();
  }

  Point2D toImage(double sx, double sy) {
    return new Point2D.Double((sx - tx) / zoom, (sy - ty) / zoom);
  }

  boolean lens() {
    return lens;
  }

  void setLens(boolean on) {
    lens = on;
    changed();
  }

  /** Where the magnifier looks, in image pixels; null when the mouse is outside. */
  Point2D lensAt() {
    return lensAt;
  }

  void setLensAt(Point2D p) {
    lensAt = p;
    if (lens) {
      changed();
    }
  }

  private void changed() {
    listeners.forEach(Runnable::run);
  }
}

package dev.learninglab.labs.iin.io;

import dev.learninglab.core.image.PictureFiles;
import dev.learninglab.labs.iin.model.toy.PlaneFlow;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The toy flow as a picture: its learnt density as a heat map over [−4, 4]², with points sampled
 * from the flow (Gaussian draws through T⁻¹) drawn on top.
 */
public final class PlanePng {
  public static final double EXTENT = 4;
  private static final int SIZE = 400;
  private static final int SAMPLES = 1_000;

  private PlanePng() {}

  public static BufferedImage render(PlaneFlow flow, int size) {
    double[][] grid = flow.densityGrid(size, EXTENT);
    double max = 0;
    for (double[] row : grid) {
      for (double v : row) {
        max = Math.max(max, v);
      }
    }
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    for (int r = 0; r < size; r++) {
      for (int c = 0; c < size; c++) {
        image.setRGB(c, r, heat(max > 0 ? grid[r][c] / max : 0));
      }
    }
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(255, 255, 255, 150));
    float[] xy = flow.sample(SAMPLES, 7);
    for (int i = 0; i < SAMPLES; i++) {
      double px = (xy[2 * i] + EXTENT) / (2 * EXTENT) * size;
      double py = (EXTENT - xy[2 * i + 1]) / (2 * EXTENT) * size;
      g.fillOval((int) px - 1, (int) py - 1, 3, 3);
    }
    g.dispose();
    return image;
  }

  public static void write(PlaneFlow flow, Path png) throws IOException {
    BufferedImage image = render(flow, SIZE);
    PictureFiles.writePng(image, png);
  }

  /** A dark-blue → teal → yellow ramp for a density scaled to 0–1. */
  public static int heat(double t) {
    double v = Math.max(0, Math.min(1, t));
    int red = (int) (255 * Math.min(1, Math.max(0, 2 * v - 0.8)));
    int green = (int) (40 + 200 * Math.sqrt(v));
    int blue = (int) (90 + 80 * Math.sin(Math.PI * v) - 60 * v);
    return new Color(red, Math.min(255, green), Math.max(0, Math.min(255, blue))).getRGB();
  }
}

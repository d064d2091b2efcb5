package dev.learninglab.labs.iin.io;

import dev.learninglab.core.image.PictureFiles;
import dev.learninglab.labs.iin.model.data.ColourDigits;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Colour digits (channels first, 0–1) as pictures, and a row of them as a PNG file. */
public final class DigitPictures {
  private DigitPictures() {}

  /** The image at {@code offset} of {@code pixels}, each pixel {@code scale}×{@code scale}. */
  public static BufferedImage image(float[] pixels, int offset, int scale) {
    int side = ColourDigits.SIDE;
    int p = side * side;
    BufferedImage out = new BufferedImage(side * scale, side * scale, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < side * scale; y++) {
      for (int x = 0; x < side * scale; x++) {
        int i = (y / scale) * side + x / scale;
        int r = level(pixels[offset + i]);
        int g = level(pixels[offset + p + i]);
        int b = level(pixels[offset + 2 * p + i]);
        out.setRGB(x, y, (r << 16) | (g << 8) | b);
      }
    }
    return out;
  }

  /** The pictures side by side with a 4-pixel gap, written atomically as a PNG. */
  public static void writeRow(List<float[]> pictures, int scale, Path png) throws IOException {
    int side = ColourDigits.SIDE * scale;
    int gap = 4;
    BufferedImage row =
        new BufferedImage(pictures.size() * (side + gap) - gap, side, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = row.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, row.getWidth(), row.getHeight());
    for (int k = 0; k < pictures.size(); k++) {
      g.drawImage(image(pictures.get(k), 0, scale), k * (side + gap), 0, null);
    }
    g.dispose();
    PictureFiles.writePng(row, png);
  }

  private static int level(float v) {
    return Math.round(255 * Math.max(0, Math.min(1, v)));
  }
}

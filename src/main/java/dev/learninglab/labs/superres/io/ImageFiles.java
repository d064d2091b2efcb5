package dev.learninglab.labs.superres.io;

import dev.learninglab.core.compute.MemoryBudget;
import dev.learninglab.core.image.PictureFiles;
import dev.learninglab.labs.superres.model.RgbImage;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;

/** Reads pictures into the model's {@link RgbImage} and writes results as PNG. */
public final class ImageFiles {
  /** Decoding holds the decoded picture and the lab's copy of its pixels: 8 bytes a pixel. */
  private static final long DECODE_BYTES_PER_PIXEL = 8;

  private ImageFiles() {}

  /**
   * Reads a PNG, JPEG, BMP or GIF through {@link PictureFiles}; a picture too large for this Java's
   * memory says how much it needs, before decoding it.
   */
  public static RgbImage read(Path file) throws IOException {
    return fromBuffered(
        PictureFiles.read(
            file,
            (width, height) ->
                MemoryBudget.require(
                    DECODE_BYTES_PER_PIXEL * width * height,
                    "Reading image " + file + " (" + width + "×" + height + ")")));
  }

  /**
   * The pixels of a decoded image. A one-band gray image is read from its samples: {@code getRGB}
   * would pass them through Java's linear-gray colour space and change almost every value.
   */
  public static RgbImage fromBuffered(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    Raster raster = image.getRaster();
    if (raster.getNumBands() == 1
        && image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY) {
      int max = (1 << image.getColorModel().getComponentSize(0)) - 1;
      int[] samples = raster.getSamples(0, 0, w, h, 0, (int[]) null);
      int[] rgb = new int[samples.length];
      for (int i = 0; i < rgb.length; i++) {
        int v = max == 255 ? samples[i] : (int) Math.round(samples[i] * 255.0 / max);
        rgb[i] = 0xff000000 | (v << 16) | (v << 8) | v;
      }
      return new RgbImage(w, h, rgb, true);
    }
    return new RgbImage(w, h, image.getRGB(0, 0, w, h, null, 0, w));
  }

  /** A displayable image of the pixels. */
  public static BufferedImage toBuffered(RgbImage image) {
    BufferedImage out =
        new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
    out.setRGB(0, 0, image.width(), image.height(), image.rgb(), 0, image.width());
    return out;
  }

  /** Writes {@code image} to {@code file} as PNG, atomically ({@link PictureFiles#writePng}). */
  public static void writePng(RgbImage image, Path file) throws IOException {
    PictureFiles.writePng(toBuffered(image), file);
  }
}

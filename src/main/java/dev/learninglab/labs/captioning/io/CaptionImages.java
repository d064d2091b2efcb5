package dev.learninglab.labs.captioning.io;

import dev.learninglab.core.image.PictureFiles;
import dev.learninglab.labs.captioning.model.CaptionedImage;
import dev.learninglab.labs.captioning.model.SceneRenderer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Pictures in and out of the captioning lab: any PNG/JPEG/BMP/GIF scaled to the models' square
 * input, and generated scenes written as PNG. Refuses corrupt files and pictures too large to
 * decode safely, with a message naming the file.
 */
public final class CaptionImages {

  /** Larger pictures are refused before decoding (a 40-megapixel RGB image is 160 MB). */
  public static final long MAX_PIXELS = 40_000_000L;

  private CaptionImages() {}

  /** Reads {@code file} and returns it decoded, checked for size first. */
  public static BufferedImage read(Path file) throws IOException {
    return PictureFiles.read(file, (w, h) -> checkSize(w, h, file.toString()));
  }

  /** Decodes an image held in memory ({@code where} names it in errors: a zip entry, say). */
  public static BufferedImage read(byte[] bytes, String where) throws IOException {
    return PictureFiles.read(bytes, where, (w, h) -> checkSize(w, h, where));
  }

  private static void checkSize(int width, int height, String where) throws IOException {
    if ((long) width * height > MAX_PIXELS) {
      throw new IOException(
          "Image %s is %d×%d: more than %d pixels; scale it down first"
              .formatted(where, width, height, MAX_PIXELS));
    }
  }

  /**
   * The largest centred square of the picture, scaled to {@code side}² by averaging the source
   * pixels each output pixel covers (a box filter: a photo shrunk tenfold keeps its colours rather
   * than aliasing), as channel-first bytes. How Flickr8k's photos are fed to the models.
   */
  public static byte[] centreSquareBytes(BufferedImage image, int side) {
    int w = image.getWidth();
    int h = image.getHeight();
    int square = Math.min(w, h);
    int[] rgb = image.getRGB((w - square) / 2, (h - square) / 2, square, square, null, 0, square);
    byte[] chw = new byte[3 * side * side];
    for (int y = 0; y < side; y++) {
      int y0 = y * square / side;
      int y1 = Math.max(y0 + 1, (y + 1) * square / side);
      for (int x = 0; x < side; x++) {
        int x0 = x * square / side;
        int x1 = Math.max(x0 + 1, (x + 1) * square / side);
        long r = 0;
        long g = 0;
        long b = 0;
        for (int sy = y0; sy < y1; sy++) {
          for (int sx = x0; sx < x1; sx++) {
            int p = rgb[sy * square + sx];
            r += (p >> 16) & 0xff;
            g += (p >> 8) & 0xff;
            b += p & 0xff;
          }
        }
        long n = (long) (y1 - y0) * (x1 - x0);
        int i = y * side + x;
        chw[i] = (byte) Math.round((double) r / n);
        chw[side * side + i] = (byte) Math.round((double) g / n);
        chw[2 * side * side + i] = (byte) Math.round((double) b / n);
      }
    }
    return chw;
  }

  /**
   * The picture as the models see it: its centred square shrunk to {@code side}² exactly as
   * Flickr8k's photos are for training ({@link #centreSquareBytes}), as channel-first 0..1 floats.
   * A shapes picture, already {@code side}² pixels, comes through unchanged.
   */
  public static float[] toModelInput(BufferedImage image, int side) {
    return CaptionedImage.unitFloats(centreSquareBytes(image, side));
  }

  /** The channel-first floats as a displayable image. */
  public static BufferedImage toImage(float[] chw, int side) {
    BufferedImage out = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    out.setRGB(0, 0, side, side, SceneRenderer.toRgb(chw, side), 0, side);
    return out;
  }

  /** Writes the channel-first floats as a PNG, atomically. */
  public static void writePng(float[] chw, int side, Path file) throws IOException {
    PictureFiles.writePng(toImage(chw, side), file);
  }
}

package dev.learninglab.labs.superres.io;

import dev.learninglab.core.compute.MemoryBudget;
import dev.learninglab.core.io.AtomicFiles;
import dev.learninglab.labs.superres.model.RgbImage;
import java.awt.Dimension;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Reads pictures into the model's {@link RgbImage} and writes results as PNG. */
public final class ImageFiles {
  /** Decoding holds the decoded picture and the lab's copy of its pixels: 8 bytes a pixel. */
  private static final long DECODE_BYTES_PER_PIXEL = 8;

  private ImageFiles() {}

  /**
   * Reads a PNG, JPEG, BMP or GIF; a missing, corrupt or unsupported file says which and why, and a
   * picture too large for this Java's memory says how much it needs, before decoding it.
   */
  public static RgbImage read(Path file) throws IOException {
    Dimension size = dimensions(file);
    MemoryBudget.require(
        DECODE_BYTES_PER_PIXEL * size.width * size.height,
        "Reading image " + file + " (" + size.width + "×" + size.height + ")");
    BufferedImage image = decode(file);
    if (image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_CMYK) {
      // Java decodes such a JPEG without its colour profile: the colours come out wrong
      throw new IOException(
          "Image "
              + file
              + " is in CMYK (print) colours, which this lab cannot convert faithfully; save it as"
              + " RGB (sRGB) first");
    }
    return fromBuffered(image);
  }

  /**
   * The decoded picture, refused when the decoder says the file ends early: Java's JPEG reader then
   * fills the missing rows with grey and only warns.
   */
  private static BufferedImage decode(Path file) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new IOException(
            "Image " + file + " is not in a supported format (PNG, JPEG, BMP, GIF)");
      }
      ImageReader reader = readers.next();
      List<String> warnings = new ArrayList<>();
      reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
      BufferedImage image;
      try {
        reader.setInput(in, true, true);
        image = reader.read(0);
      } catch (IOException | RuntimeException e) {
        throw new IOException("Image " + file + " is corrupt or unreadable: " + e.getMessage(), e);
      } finally {
        reader.dispose();
      }
      if (warnings.stream().anyMatch(ImageFiles::saysTruncated)) {
        throw new IOException(
            "Image "
                + file
                + " is truncated: its data ends before the picture does (the rest would be"
                + " grey); download or save it again");
      }
      return image;
    }
  }

  private static boolean saysTruncated(String warning) {
    String w = warning.toLowerCase(java.util.Locale.ROOT);
    return w.contains("truncated") || w.contains("premature end");
  }

  /** A picture's width and height from its header, without decoding the pixels. */
  public static Dimension dimensions(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("Image " + file + " does not exist or is not a file");
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new IOException(
            "Image " + file + " is not in a supported format (PNG, JPEG, BMP, GIF)");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return new Dimension(reader.getWidth(0), reader.getHeight(0));
      } catch (IOException | RuntimeException e) {
        throw new IOException("Image " + file + " is corrupt or unreadable: " + e.getMessage(), e);
      } finally {
        reader.dispose();
      }
    }
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

  /**
   * Writes {@code image} to {@code file} as PNG through {@link AtomicFiles}: a kill leaves the old
   * file whole, and a folder, device or pipe at {@code file} is refused, never replaced.
   */
  public static void writePng(RgbImage image, Path file) throws IOException {
    BufferedImage buffered = toBuffered(image);
    AtomicFiles.write(
        file,
        out -> {
          if (!ImageIO.write(buffered, "png", out)) {
            throw new IOException("No PNG writer available for " + file);
          }
        });
  }
}

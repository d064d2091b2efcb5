package dev.learninglab.core.image;

import dev.learninglab.core.io.AtomicFiles;
import java.awt.Dimension;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The one way the labs decode a learner's picture (PNG, JPEG, BMP, GIF): its size is checked from
 * the header before a pixel is decoded, and every refusal is one line naming the picture: not a
 * picture, corrupt, cut short (Java's JPEG reader fills the missing rows with grey and only warns),
 * or in CMYK print colours (which Java decodes without their profile, so the colours come out
 * wrong).
 */
public final class PictureFiles {
  private static final String FORMATS = "PNG, JPEG, BMP, GIF";

  /** Looks at a picture's size before its pixels are decoded; throws to refuse it. */
  @FunctionalInterface
  public interface SizeCheck {
    void check(int width, int height) throws IOException;
  }

  private PictureFiles() {}

  /** The decoded picture in {@code file}, after {@code sizeCheck} accepted its size. */
  public static BufferedImage read(Path file, SizeCheck sizeCheck) throws IOException {
    requireFile(file);
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      return decode(in, file.toString(), sizeCheck);
    }
  }

  /** The decoded picture held in memory; {@code where} names it in messages (a zip entry, say). */
  public static BufferedImage read(byte[] bytes, String where, SizeCheck sizeCheck)
      throws IOException {
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      return decode(in, where, sizeCheck);
    }
  }

  /** A picture's width and height from its header, without decoding the pixels. */
  public static Dimension dimensions(Path file) throws IOException {
    requireFile(file);
    Dimension[] size = new Dimension[1];
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      withReader(in, file.toString(), reader -> size[0] = sizeOf(reader, file.toString()));
    }
    return size[0];
  }

  /**
   * Writes {@code image} to {@code file} as PNG through {@link AtomicFiles} (a kill leaves the old
   * file whole; a folder or device there is refused). Encoded in memory rather than through
   * ImageIO's temporary cache file, whose failure on a full disk ended in a NullPointerException
   * trace from ImageIO's own clean-up thread; a failed write is one line with the system's reason.
   */
  public static void writePng(BufferedImage image, Path file) throws IOException {
    try {
      AtomicFiles.write(
          file,
          out -> {
            try (ImageOutputStream png = new MemoryCacheImageOutputStream(out)) {
              if (!ImageIO.write(image, "png", png)) {
                throw new IOException("this Java has no PNG writer");
              }
            }
          });
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("Cannot write " + file)) {
        throw e;
      }
      throw new IOException("Cannot write " + file + ": " + rootReason(e), e);
    }
  }

  private static String rootReason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
  }

  private static BufferedImage decode(ImageInputStream in, String where, SizeCheck sizeCheck)
      throws IOException {
    BufferedImage[] image = new BufferedImage[1];
    List<String> warnings = new ArrayList<>();
    withReader(
        in,
        where,
        reader -> {
          Dimension size = sizeOf(reader, where);
          sizeCheck.check(size.width, size.height);
          reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
          try {
            image[0] = reader.read(0);
          } catch (IOException | RuntimeException e) {
            throw corrupt(where, e);
          }
        });
    if (warnings.stream().anyMatch(PictureFiles::saysTruncated)) {
      throw new IOException(
          "Image "
              + where
              + " is truncated: its data ends before the picture does (the rest would be grey);"
              + " download or save it again");
    }
    if (image[0].getColorModel().getColorSpace().getType() == ColorSpace.TYPE_CMYK) {
      throw new IOException(
          "Image "
              + where
              + " is in CMYK (print) colours, which cannot be converted faithfully here; save it"
              + " as RGB (sRGB) first");
    }
    return image[0];
  }

  private interface ReaderUse {
    void apply(ImageReader reader) throws IOException;
  }

  private static void withReader(ImageInputStream in, String where, ReaderUse use)
      throws IOException {
    Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
    if (readers == null || !readers.hasNext()) {
      throw new IOException("Image " + where + " is not in a supported format (" + FORMATS + ")");
    }
    ImageReader reader = readers.next();
    try {
      reader.setInput(in, true, true);
      use.apply(reader);
    } finally {
      reader.dispose();
    }
  }

  private static Dimension sizeOf(ImageReader reader, String where) throws IOException {
    try {
      return new Dimension(reader.getWidth(0), reader.getHeight(0));
    } catch (IOException | RuntimeException e) {
      throw corrupt(where, e);
    }
  }

  private static IOException corrupt(String where, Exception e) {
    return new IOException("Image " + where + " is corrupt or unreadable: " + e.getMessage(), e);
  }

  private static void requireFile(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("Image " + file + " does not exist or is not a file");
    }
  }

  private static boolean saysTruncated(String warning) {
    String w = warning.toLowerCase(Locale.ROOT);
    return w.contains("truncated") || w.contains("premature end");
  }
}

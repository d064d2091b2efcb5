package dev.learninglab.core.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads the IDX files that MNIST and Fashion-MNIST ship in (gzip-compressed or not): big-endian
 * magic 0x00000803 for unsigned-byte images with count, rows, columns, and 0x00000801 for
 * unsigned-byte labels with count.
 */
public final class IdxFiles {
  static final int IMAGES_MAGIC = 0x0803;
  static final int LABELS_MAGIC = 0x0801;

  private IdxFiles() {}

  /** Images and labels from a pair of IDX files; pixels scaled from 0–255 to 0–1. */
  public static ImageSet read(Path images, Path labels, int classes) throws IOException {
    try (DataInputStream in = open(images)) {
      int magic = in.readInt();
      if (magic != IMAGES_MAGIC) {
        throw new IOException(
            images
                + " is not an IDX image file (magic 0x"
                + Integer.toHexString(magic)
                + ", expected 0x803)");
      }
      int count = in.readInt();
      int rows = in.readInt();
      int cols = in.readInt();
      byte[] raw = readExactly(in, (long) count * rows * cols, images);
      int[] y = readLabels(labels, count, classes);
      float[] px = new float[raw.length];
      for (int i = 0; i < raw.length; i++) {
        px[i] = (raw[i] & 0xff) / 255f;
      }
      return new ImageSet(count, rows, cols, px, y, classes);
    }
  }

  private static int[] readLabels(Path labels, int expected, int classes) throws IOException {
    try (DataInputStream in = open(labels)) {
      int magic = in.readInt();
      if (magic != LABELS_MAGIC) {
        throw new IOException(
            labels
                + " is not an IDX label file (magic 0x"
                + Integer.toHexString(magic)
                + ", expected 0x801)");
      }
      int count = in.readInt();
      if (count != expected) {
        throw new IOException(
            labels
                + " holds "
                + count
                + " labels but the image file holds "
                + expected
                + " images");
      }
      byte[] raw = readExactly(in, count, labels);
      int[] y = new int[count];
      for (int i = 0; i < count; i++) {
        y[i] = raw[i] & 0xff;
        if (y[i] >= classes) {
          throw new IOException(
              labels + ": label " + y[i] + " at index " + i + " is not one of 0.." + (classes - 1));
        }
      }
      return y;
    }
  }

  private static byte[] readExactly(DataInputStream in, long length, Path file) throws IOException {
    if (length > Integer.MAX_VALUE) {
      throw new IOException(file + " announces " + length + " bytes, too many to hold");
    }
    byte[] b = new byte[(int) length];
    try {
      in.readFully(b);
    } catch (EOFException e) {
      throw new IOException(
          file + " is truncated: its header announces " + length + " data bytes", e);
    }
    return b;
  }

  private static DataInputStream open(Path file) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(file));
    raw.mark(2);
    int b1 = raw.read();
    int b2 = raw.read();
    raw.reset();
    boolean gzip = b1 == 0x1f && b2 == 0x8b;
    return new DataInputStream(gzip ? new GZIPInputStream(raw, 1 << 16) : raw);
  }
}

package dev.learninglab.labs.editdistance.model;

import dev.learninglab.core.io.TextInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads a file the lab expects to be UTF-8 text and says clearly when it is not: missing, too large
 * (counted while reading, so a device or pipe is capped too), binary (a NUL byte) or not UTF-8. A
 * leading byte-order mark is dropped.
 */
public final class TextFiles {
  /** Larger files are refused before they are read. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  private TextFiles() {}

  public static String read(Path file) {
    byte[] bytes;
    try (InputStream in = TextInput.open(file, MAX_BYTES)) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return decode(file.toString(), bytes);
  }

  /**
   * Decodes bytes that claim to be UTF-8 text, without a leading byte-order mark (it is not part of
   * the first line); {@code name} is used in messages.
   */
  public static String decode(String name, byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new IllegalArgumentException(
            name + " looks binary (a NUL byte at offset " + i + "); expected a text file");
      }
    }
    try {
      return TextInput.decode(name, bytes);
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Splits text into lines on \n, \r\n or \r. */
  static String[] lines(String text) {
    return text.split("\r\n|\n|\r");
  }
}

package dev.learninglab.labs.editdistance.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a file the lab expects to be UTF-8 text and says clearly when it is not: missing, too
 * large, binary (a NUL byte) or not UTF-8.
 */
public final class TextFiles {
  /** Larger files are refused before they are read. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  private TextFiles() {}

  public static String read(Path file) {
    String name = file.toString();
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new IllegalArgumentException(
            name + " is " + size + " bytes; files over " + MAX_BYTES + " bytes are refused");
      }
      return decode(name, Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("File not found: " + name, e);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  /** Decodes bytes that claim to be UTF-8 text; {@code name} is used in messages. */
  public static String decode(String name, byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new IllegalArgumentException(
            name + " looks binary (a NUL byte at offset " + i + "); expected a text file");
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(name + " is not UTF-8 text", e);
    }
  }

  /** Splits text into lines on \n, \r\n or \r. */
  static String[] lines(String text) {
    return text.split("\r\n|\n|\r");
  }
}

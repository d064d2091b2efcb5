package dev.learninglab.labs.editdistance.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A pip requirements list read from text: one requirement a line; blank lines and {@code #}
 * comments (whole-line, or after whitespace at the end of a line) are dropped.
 *
 * <p>Files that are not requirement lists get a message naming the file and the problem: missing,
 * too large, binary (a NUL byte), not UTF-8, or without a single requirement.
 *
 * @param name where the lines came from, for messages and reports
 * @param lines the requirement lines as written (not yet normalised)
 */
public record RequirementList(String name, List<String> lines) {
  /** Larger files are refused before they are read. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  public RequirementList {
    lines = List.copyOf(lines);
  }

  public static RequirementList read(Path file) {
    String name = file.toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new IllegalArgumentException(
            name + " is " + size + " bytes; requirement lists over " + MAX_BYTES + " bytes are refused");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("File not found: " + name, e);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read " + name + ": " + e.getMessage(), e);
    }
    return parse(name, bytes);
  }

  /** Parses bytes that claim to be a UTF-8 requirement list. */
  public static RequirementList parse(String name, byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new IllegalArgumentException(
            name + " looks binary (a NUL byte at offset " + i + "); expected a text file with one requirement per line");
      }
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(name + " is not UTF-8 text; expected one requirement per line", e);
    }
    List<String> lines = new ArrayList<>();
    for (String raw : text.split("\r\n|\n|\r")) {
      String line = withoutComment(raw);
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(
          name + " has no requirements (it is empty or holds only blank lines and # comments)");
    }
    return new RequirementList(name, lines);
  }

  /** Cuts a comment: a line starting with # or text after whitespace followed by #. */
  private static String withoutComment(String line) {
    String t = line.strip();
    if (t.startsWith("#")) {
      return "";
    }
    for (int i = 1; i < t.length(); i++) {
      if (t.charAt(i) == '#' && Character.isWhitespace(t.charAt(i - 1))) {
        return t.substring(0, i);
      }
    }
    return line;
  }
}

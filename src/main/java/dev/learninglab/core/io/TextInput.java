package dev.learninglab.core.io;

import static dev.learninglab.core.i18n.CoreTexts.T;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the learner's input files without trusting them: every read is capped in bytes (counted as
 * the bytes arrive, so {@code /dev/zero}, a FIFO or a file that grows is stopped too, where {@link
 * Files#size} says 0), text must be UTF-8 (a Latin-1 file is refused with a message instead of
 * turning letters into �), and a leading byte-order mark is dropped. Every failure is an {@link
 * IOException} whose message names the file and what was expected.
 */
public final class TextInput {
  private static final char BOM = '\uFEFF';

  private TextInput() {}

  /** The whole text of {@code file}, refused beyond {@code maxBytes}. */
  public static String read(Path file, long maxBytes) throws IOException {
    try (InputStream in = open(file, maxBytes)) {
      return decode(file.toString(), in.readAllBytes());
    }
  }

  /**
   * The bytes of {@code file} as a stream that fails with a clear message once more than {@code
   * maxBytes} have been read. A folder or a missing file is refused here, by name.
   */
  public static InputStream open(Path file, long maxBytes) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException(T.get("core.input.folder", file));
    }
    // a regular file says its size: refused before a byte is read (a device or pipe is counted)
    if (Files.isRegularFile(file) && Files.size(file) > maxBytes) {
      throw new IOException(
          T.get("core.input.tooLarge", file, size(maxBytes), size(Files.size(file))));
    }
    InputStream raw;
    try {
      raw = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new IOException(T.get("core.input.notFound", file), e);
    } catch (AccessDeniedException e) {
      throw new IOException(T.get("core.input.denied", file), e);
    }
    return capped(raw, maxBytes, file.toString());
  }

  /**
   * Refuses a file that does not look like text: a NUL byte or a control character other than tab,
   * line feed, form feed and carriage return in its first {@code headBytes} bytes (terminal escape
   * codes included, so that nothing of it can reach the terminal through a message later).
   */
  public static void requireText(Path file, int headBytes) throws IOException {
    byte[] head;
    try (InputStream in = open(file, Long.MAX_VALUE)) {
      head = in.readNBytes(headBytes);
    }
    for (int i = 0; i < head.length; i++) {
      int b = head[i] & 0xff;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' || b == 0x7f) {
        throw new IOException(
            T.get("core.input.binary", file, String.format("0x%02X", b), String.valueOf(i)));
      }
    }
  }

  /**
   * {@code in} failing with a message naming {@code name} once more than {@code maxBytes} have been
   * read: for a stream a decompressor makes of a file that is already capped.
   */
  public static InputStream capped(InputStream in, long maxBytes, String name) {
    return new Capped(in, maxBytes, name);
  }

  /**
   * A reader of {@code file}'s UTF-8 text, capped at {@code maxBytes}, without a leading BOM, that
   * fails with a clear message at the first byte sequence that is not UTF-8.
   */
  public static BufferedReader reader(Path file, long maxBytes) throws IOException {
    return reader(open(file, maxBytes), file.toString());
  }

  /** As {@link #reader(Path, long)} for a stream already opened (and capped) by the caller. */
  public static BufferedReader reader(InputStream in, String name) {
    return new BufferedReader(new Strict(new InputStreamReader(in, strictUtf8()), name));
  }

  /**
   * Decodes bytes that claim to be UTF-8 text, dropping a leading BOM; {@code name} is for
   * messages.
   */
  public static String decode(String name, byte[] bytes) throws IOException {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CharsetDecoder decoder = strictUtf8();
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw notUtf8(name, T.get("core.input.atLine", lineAt(bytes, in.position())));
    }
    return withoutBom(out.flip().toString());
  }

  /** The 1-based line of byte {@code offset}: one more than the line feeds before it. */
  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * The UTF-8 lines of {@code file} (read whole, capped at {@code maxBytes}), with the line number
   * of the first byte that is not UTF-8 in the message when there is one.
   */
  public static java.util.List<String> lines(Path file, long maxBytes) throws IOException {
    return read(file, maxBytes).lines().toList();
  }

  /**
   * The next line of {@code in} without its line break (LF or CRLF), or null at the end; a line
   * longer than {@code maxChars} is refused naming {@code name} and {@code lineNumber}, before it
   * is held whole ({@code /dev/zero} is one endless line of NUL characters).
   */
  public static String readLine(BufferedReader in, int maxChars, String name, long lineNumber)
      throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      if (line.length() >= maxChars) {
        throw new IOException(T.get("core.input.longLine", name, lineNumber, maxChars));
      }
      line.append((char) c);
    }
    if (c < 0 && line.isEmpty()) {
      return null;
    }
    int end = line.length();
    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
  }

  /** {@code text} without a leading byte-order mark. */
  public static String withoutBom(String text) {
    return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
  }

  /** A size for messages: "64 MB", "512 kB", "100 bytes". */
  public static String size(long bytes) {
    if (bytes >= 1 << 20) {
      return (bytes >> 20) + " MB";
    }
    return bytes >= 1 << 10 ? (bytes >> 10) + " kB" : bytes + " bytes";
  }

  private static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static IOException notUtf8(String name) {
    return notUtf8(name, "");
  }

  private static IOException notUtf8(String name, String where) {
    // GBK/GB18030 is what Excel saves a CSV as on a Chinese Windows
    return new IOException(T.get("core.input.notUtf8", name, where));
  }

  /** Counts bytes and stops the read past the cap. */
  private static final class Capped extends FilterInputStream {
    private final long max;
    private final String name;
    private long count;

    Capped(InputStream in, long max, String name) {
      super(in);
      this.max = max;
      this.name = name;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      // one byte past the cap is enough to know it is passed (and max - count + 1 could overflow)
      long room = max - count;
      int n = super.read(b, off, room >= len ? len : (int) room + 1);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long room = max - count;
      long skipped = super.skip(room >= n ? n : room + 1);
      counted(skipped);
      return skipped;
    }

    private void counted(long n) throws IOException {
      count += n;
      if (count > max) {
        throw new IOException(T.get("core.input.tooLargeRead", name, size(max)));
      }
    }
  }

  /** Drops a leading BOM and turns a decoding failure into a message naming the file. */
  private static final class Strict extends FilterReader {
    private final String name;
    private boolean started;

    Strict(Reader in, String name) {
      super(in);
      this.name = name;
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      try {
        int n = super.read(buf, off, len);
        if (!started && n > 0) {
          started = true;
          if (buf[off] == BOM) {
            System.arraycopy(buf, off + 1, buf, off, n - 1);
            return n == 1 ? read(buf, off, len) : n - 1;
          }
        }
        return n;
      } catch (CharacterCodingException e) {
        throw notUtf8(name);
      }
    }
  }
}

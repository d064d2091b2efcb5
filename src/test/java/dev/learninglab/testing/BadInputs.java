package dev.learninglab.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The catalogue of hostile and clumsy inputs every command that reads or writes a file is tested
 * against (issue 17): output paths that must not be replaced, input that must be capped, refused or
 * decoded with care. A new lab's tests take their probes from here, so a probe found once is tried
 * everywhere.
 *
 * <p>Output probes: {@link #emptyFolder}, {@link #fullFolder}, {@link #fifo}, {@link #DEVICE},
 * {@link #symlinkTo}, {@link #danglingSymlink}. Input probes: {@link #INFINITE} (a device where
 * {@code Files.size} is 0), {@link #withBom}, {@link #latin1}, {@link #hugeLine}, {@link
 * #terminalGarbage}, {@link #deepNesting}, {@link #longDigits}, {@link #HUGE_EXPONENT}.
 */
public final class BadInputs {
  /** A device an output path may name by accident; must never be replaced by a file. */
  public static final Path DEVICE = Path.of("/dev/null");

  /** An input that never ends and whose size the file system reports as 0. */
  public static final Path INFINITE = Path.of("/dev/zero");

  /** A decimal whose exact value would take forever to expand ({@code new BigDecimal} is fine). */
  public static final String HUGE_EXPONENT = "1e10000000";

  private BadInputs() {}

  /** An empty folder where an output file is expected. */
  public static Path emptyFolder(Path dir) throws IOException {
    return Files.createDirectories(dir.resolve("empty-folder"));
  }

  /** A folder holding a file where an output file is expected. */
  public static Path fullFolder(Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("full-folder"));
    Files.writeString(folder.resolve("keep.txt"), "keep");
    return folder;
  }

  /** A named pipe; the test is skipped where {@code mkfifo} is missing. */
  public static Path fifo(Path dir) throws IOException, InterruptedException {
    Path fifo = dir.resolve("pipe");
    int rc = -1;
    try {
      Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
      rc = p.waitFor(120, TimeUnit.SECONDS) ? p.exitValue() : -1;
    } catch (IOException e) {
      // no mkfifo: skipped below
    }
    assumeTrue(rc == 0, "mkfifo is not available");
    return fifo;
  }

  /**
   * A file of {@code bytes} bytes that takes no disk space (a sparse file of NUL bytes): the 543 MB
   * CSV of issue 17 without writing 543 MB.
   */
  public static Path sparseFile(Path file, long bytes) throws IOException {
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(bytes);
    }
    return file;
  }

  /** A symbolic link named {@code name} pointing at {@code target}. */
  public static Path symlinkTo(Path dir, String name, Path target) throws IOException {
    return Files.createSymbolicLink(dir.resolve(name), target);
  }

  /** A symbolic link to a file that does not exist. */
  public static Path danglingSymlink(Path dir) throws IOException {
    return Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
  }

  /** A UTF-8 file starting with a byte-order mark. */
  public static Path withBom(Path file, String text) throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    return Files.write(file, bytes);
  }

  /** A Latin-1 file (é is one byte 0xE9, malformed as UTF-8). */
  public static Path latin1(Path file, String text) throws IOException {
    return Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** A string of {@code length} letters with no line break. */
  public static String hugeLine(int length) {
    return "x".repeat(length);
  }

  /** Binary bytes with terminal escape codes and a bell, as text. */
  public static String terminalGarbage() {
    return "\u001b[2J\u001b]0;pwned\u0007\u0000\u0001" + "\u001b[31m".repeat(40);
  }

  /** {@code depth} opening brackets: JSON nested too deeply. */
  public static String deepNesting(int depth) {
    return "[".repeat(depth);
  }

  /** A number of {@code digits} digits. */
  public static String longDigits(int digits) {
    return "9".repeat(digits);
  }

  /**
   * Checks a one-line message: no line break, no control character, and at most {@code 80 +
   * allowance} characters of any one run of quoted input (callers pass the message's own length).
   */
  public static boolean isOneCleanLine(String message, int maxLength) {
    return message != null
        && message.length() <= maxLength
        && message.chars().noneMatch(c -> c == '\n' || c == '\r' || Character.isISOControl(c));
  }

  /**
   * An existing output file readable by its owner only ({@code 600}) and, where the test may set
   * it, in the group {@code nogroup} (issue 30: an overwrite reset it to 644 and the writer's
   * group). Returns its attributes before any write, to compare with after.
   */
  public static java.nio.file.attribute.PosixFileAttributes privateFile(Path file)
      throws IOException {
    if (!Files.exists(file)) {
      Files.writeString(file, "private");
    }
    var view =
        Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class);
    assumeTrue(view != null, "no POSIX file attributes here");
    view.setPermissions(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    try {
      view.setGroup(
          file.getFileSystem()
              .getUserPrincipalLookupService()
              .lookupPrincipalByGroupName("nogroup"));
    } catch (IOException | UnsupportedOperationException e) {
      // not allowed or no such group: the permissions are still checked
    }
    return view.readAttributes();
  }
}

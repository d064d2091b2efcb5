package dev.learninglab.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Starts the program again, once, in the C.UTF-8 locale when it was started in one whose file names
 * are not UTF-8 (C or POSIX, as in many containers and cron jobs): there Java cannot even name a
 * file called café.wav. The arguments cannot travel on the new command line, which the old locale
 * would encode again, so their raw bytes are read from {@code /proc/self/cmdline} and handed over
 * in a UTF-8 file named by {@value #ARGS_FILE}; the new process reads and deletes it.
 */
public final class Utf8Relaunch {
  /** The environment variable naming the file of arguments for the restarted process. */
  public static final String ARGS_FILE = "LEARNING_LAB_ARGS_FILE";

  private static final Path CMDLINE = Path.of("/proc/self/cmdline");

  private Utf8Relaunch() {}

  /**
   * At start, in a locale that is not UTF-8 on Linux: runs the program again under C.UTF-8 and
   * returns its exit code; else nothing.
   */
  public static OptionalInt ifNeeded(Class<?> mainClass, String[] args)
      throws IOException, InterruptedException {
    if (isUtf8(System.getProperty("sun.jnu.encoding"))
        || System.getenv(ARGS_FILE) != null
        || !Files.isReadable(CMDLINE)) {
      return OptionalInt.empty();
    }
    List<String> raw = lastArguments(Files.readAllBytes(CMDLINE), args.length);
    Path file = Files.createTempFile("learning-lab-args", ".bin");
    Files.write(file, joined(raw));
    ProcessBuilder child =
        new ProcessBuilder(SameProgram.command(mainClass, List.of())).inheritIO();
    child.environment().put("LC_ALL", "C.UTF-8");
    child.environment().put(ARGS_FILE, file.toString());
    try {
      return OptionalInt.of(child.start().waitFor());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The arguments a restarted process was handed in its file (which is then deleted), or null. */
  public static String[] handedOver() throws IOException {
    String name = System.getenv(ARGS_FILE);
    if (name == null || !Files.isRegularFile(Path.of(name))) {
      return null;
    }
    Path file = Path.of(name);
    byte[] bytes = Files.readAllBytes(file);
    Files.deleteIfExists(file);
    return split(bytes).toArray(String[]::new);
  }

  static boolean isUtf8(String encoding) {
    return encoding != null && encoding.toUpperCase(Locale.ROOT).replace("-", "").equals("UTF8");
  }

  /** The last {@code count} of the NUL-terminated arguments in {@code cmdline}, as UTF-8. */
  static List<String> lastArguments(byte[] cmdline, int count) {
    List<String> all = split(cmdline);
    return all.subList(Math.max(0, all.size() - count), all.size());
  }

  /** NUL-terminated UTF-8 strings, as the kernel writes a command line. */
  static List<String> split(byte[] bytes) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        parts.add(new String(Arrays.copyOfRange(bytes, start, i), StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    return parts;
  }

  static byte[] joined(List<String> parts) {
    StringBuilder text = new StringBuilder();
    parts.forEach(p -> text.append(p).append('\0'));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}

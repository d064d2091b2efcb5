package dev.learninglab.labs.gauntlet.model.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The throw-away folders learner code runs in: {@code gauntlet-run-PID-N} in the temporary folder,
 * named after the app process that owns them. A session deletes its folder on close; one whose app
 * was killed ({@code kill -9}) cannot, so every new folder first sweeps those whose app is gone
 * (older names without a pid: when over an hour old).
 */
final class ScratchFolders {
  private static final String PREFIX = "gauntlet-run-";
  private static final Pattern NAME = Pattern.compile(PREFIX + "(?:(\\d{1,19})-)?\\d+");
  private static final Duration STALE_WITHOUT_PID = Duration.ofHours(1);

  private ScratchFolders() {}

  /** A new, empty folder in {@code root} (the system's temporary folder in the app). */
  static Path create(Path root) {
    sweep(root);
    try {
      return Files.createTempDirectory(root, PREFIX + ProcessHandle.current().pid() + "-")
          .toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a working folder for the Gauntlet", e);
    }
  }

  static Path systemRoot() {
    return Path.of(System.getProperty("java.io.tmpdir"));
  }

  /** Deletes the folders in {@code root} left by app processes that are gone. */
  static void sweep(Path root) {
    try (DirectoryStream<Path> all =
        Files.newDirectoryStream(root, p -> p.getFileName().toString().startsWith(PREFIX))) {
      for (Path folder : all) {
        Matcher m = NAME.matcher(folder.getFileName().toString());
        if (m.matches()
            && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
            && ownerGone(folder, m.group(1))) {
          delete(folder);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // leftovers that cannot be listed now are tried again with the next folder
    }
  }

  /** Deletes {@code root} and everything in it, as far as it can. */
  static void delete(Path root) {
    try (Stream<Path> all = Files.walk(root)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temporary folder left behind is swept by a later session
    }
  }

  /** Deletes everything inside {@code root}, keeping the folder itself. */
  static void empty(Path root) {
    try (Stream<Path> all = Files.walk(root)) {
      all.filter(p -> !p.equals(root))
          .sorted(Comparator.reverseOrder())
          .forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // what cannot be deleted now stays; a check that reads a file then sees the old one
    }
  }

  private static boolean ownerGone(Path folder, String pid) throws IOException {
    if (pid != null) {
      return ProcessHandle.of(Long.parseLong(pid)).map(p -> !p.isAlive()).orElse(true);
    }
    Instant modified = Files.getLastModifiedTime(folder, LinkOption.NOFOLLOW_LINKS).toInstant();
    return modified.isBefore(Instant.now().minus(STALE_WITHOUT_PID));
  }
}

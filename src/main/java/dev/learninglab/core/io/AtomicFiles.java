package dev.learninglab.core.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes files so that a reader sees either the old content or the new, never half of one, and an
 * interrupted write (kill -9, power loss) leaves the old file in place: the bytes go to a temporary
 * file beside the target, are forced to disk, and the temporary file is renamed over the target.
 *
 * <p>Only regular files are ever replaced. A target that is a folder, a device, a FIFO or a socket
 * is refused with a message saying so, before anything is written (renaming over {@code /dev/null}
 * would replace the device node, a rename over a folder would lose it). A target that is a symbolic
 * link is <em>followed</em>: the file it points to gets the new content and the link stays, as a
 * text editor does; a link to nothing is refused.
 *
 * <p>A set of files that belong together (a model's weights and their description) is written as
 * one folder with {@link #replaceFolder}: the new folder is complete on disk before it takes the
 * old one's place, and {@link #recoverFolder} restores the previous folder if a kill fell between
 * the two renames that swap them.
 */
public final class AtomicFiles {
  private static final String PREVIOUS = ".previous";

  /** After NAME. in a temporary name: an optional writer's pid, a UUID, a suffix. */
  private static final Pattern TEMPORARY =
      Pattern.compile(
          "(?:(\\d{1,19})-)?\\p{XDigit}{8}(?:-\\p{XDigit}{4}){3}-\\p{XDigit}{12}\\.(?:tmp|part)");

  /** How old a temporary file without a pid in its name must be to count as left over. */
  private static final Duration STALE_WITHOUT_PID = Duration.ofHours(1);

  private AtomicFiles() {}

  /** Something that writes a whole file's content to a stream. */
  @FunctionalInterface
  public interface Writer {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Something that can only write a whole file at a path it is given (Tablesaw, POI). */
  @FunctionalInterface
  public interface PathWriter {
    void writeFile(Path file) throws IOException;
  }

  /** Something that fills an empty folder with the files of one unit. */
  @FunctionalInterface
  public interface FolderWriter {
    void writeInto(Path emptyFolder) throws IOException;
  }

  /** Writes {@code target} atomically with the bytes {@code writer} produces. */
  public static void write(Path target, Writer writer) throws IOException {
    Path destination = writableTarget(target);
    Path tmp = temporarySibling(destination, ".tmp");
    try {
      keepAccess(destination, tmp);
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        OutputStream out =
            new BufferedOutputStream(new KeepOpen(Channels.newOutputStream(channel)));
        writer.writeTo(out);
        out.flush();
        channel.force(true);
      }
      moveIntoPlace(tmp, destination);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * As {@link #write} for a library that writes to a path: {@code writer} gets a temporary file
   * beside the target, which is forced to disk and renamed over the target once it is complete.
   */
  public static void writeFile(Path target, PathWriter writer) throws IOException {
    Path destination = writableTarget(target);
    Path tmp = temporarySibling(destination, ".tmp");
    try {
      writer.writeFile(tmp);
      keepAccess(destination, tmp);
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      moveIntoPlace(tmp, destination);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Gives the new file the permissions, group and (where allowed) owner of the file it replaces, as
   * careful tools do: a private file ({@code 600}) must not become readable by all, nor a file
   * shared with a group leave the group, because it was replaced by a rename rather than rewritten.
   * Where the file system has no POSIX attributes (Windows) the new file keeps the defaults.
   */
  private static void keepAccess(Path old, Path fresh) throws IOException {
    if (!Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    PosixFileAttributeView oldView =
        Files.getFileAttributeView(old, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    PosixFileAttributeView freshView =
        Files.getFileAttributeView(fresh, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (oldView == null || freshView == null) {
      return;
    }
    PosixFileAttributes attrs = oldView.readAttributes();
    try {
      freshView.setOwner(attrs.owner());
    } catch (IOException | SecurityException e) {
      // only root may give a file away; the writer then owns the new file, as with any write
    }
    try {
      freshView.setGroup(attrs.group());
    } catch (IOException | SecurityException e) {
      // the writer is not in the old file's group; the new file gets the writer's group
    }
    freshView.setPermissions(attrs.permissions());
  }

  public static void writeString(Path target, String text) throws IOException {
    write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Refuses an output that is the command's own input (the same file by any path: a link, a hard
   * link, {@code ./x.wav}): {@code audio spectrogram x.wav --csv x.wav} overwrote its recording.
   * Call before the work starts; missing files are fine (they cannot be the input).
   *
   * @throws IOException with a one-line message naming both paths
   */
  public static void refuseInput(Path output, Path input) throws IOException {
    if (output == null || input == null) {
      return;
    }
    boolean same;
    try {
      same = Files.exists(output) && Files.exists(input) && Files.isSameFile(output, input);
    } catch (IOException e) {
      same = false; // one of them cannot be examined: the write or the read says why
    }
    if (same) {
      throw new IOException(
          "Cannot write "
              + output
              + ": it is the input "
              + input
              + "; give the output another name");
    }
  }

  /**
   * Checks that {@code target} may be replaced by a regular file and returns the path to write:
   * {@code target} itself, or the file a symbolic link points to. Creates missing parent folders.
   *
   * @throws IOException with a one-line message when the target is a folder, a device, a FIFO, a
   *     socket, a dangling link, or its parent is not a folder
   */
  public static Path writableTarget(Path target) throws IOException {
    Path destination = target;
    if (Files.isSymbolicLink(target)) {
      if (!Files.exists(target)) {
        throw new IOException(
            "Cannot write "
                + target
                + ": it is a symbolic link to "
                + Files.readSymbolicLink(target)
                + ", which does not exist");
      }
      destination = target.toRealPath();
    }
    if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
      BasicFileAttributes attrs =
          Files.readAttributes(destination, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (attrs.isDirectory()) {
        throw new IOException(
            "Cannot write " + target + ": it is a folder; give a file name inside it instead");
      }
      if (!attrs.isRegularFile()) {
        throw new IOException(
            "Cannot write "
                + target
                + ": it is a device, pipe or socket, not a regular file; refusing to replace it");
      }
      if (!Files.isWritable(destination)) {
        throw new IOException("Cannot write " + target + ": permission denied");
      }
    }
    Path dir = destination.toAbsolutePath().getParent();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IOException("Cannot write " + target + ": " + dir + " is not a folder");
    }
    Files.createDirectories(dir);
    return destination;
  }

  /**
   * Creates an empty, uniquely named hidden file beside {@code target}. Unlike {@link
   * Files#createTempFile}, which makes files readable by their owner only, it gets the ordinary
   * permissions of a new file, so a file renamed into place is as readable as one written directly.
   */
  private static Path temporarySibling(Path target, String suffix) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    sweepStale(dir, target.getFileName().toString());
    try {
      return Files.createFile(dir.resolve(temporaryName(target, suffix)));
    } catch (FileSystemException e) {
      // the exception names only the hidden file; say which output it was, and why
      throw new IOException(
          "Cannot write "
              + target
              + ": "
              + (e.getReason() != null ? e.getReason() : "no file can be created in " + dir),
          e);
    }
  }

  /**
   * {@code .NAME.PID-UUID.SUFFIX}: hidden, unique, and naming the process that writes it, so that
   * what a killed writer left behind can be told from a write in progress (see {@link
   * #sweepStale}).
   */
  private static String temporaryName(Path target, String suffix) {
    return "."
        + target.getFileName()
        + "."
        + ProcessHandle.current().pid()
        + "-"
        + UUID.randomUUID()
        + suffix;
  }

  /**
   * Deletes the temporary files and folders of earlier writes of {@code name} in {@code dir} whose
   * writer is gone: the process named in them is no longer alive (a {@code kill -9} or a power cut
   * fell mid-write), or, for names without a process (older versions), they are over an hour old.
   * Runs before every write of {@code name}, so leftovers last only until the next write there.
   * Only names this class makes for {@code name} are touched.
   */
  static void sweepStale(Path dir, String name) {
    String prefix = "." + name + ".";
    try (DirectoryStream<Path> entries =
        Files.newDirectoryStream(dir, p -> p.getFileName().toString().startsWith(prefix))) {
      for (Path entry : entries) {
        Matcher m = TEMPORARY.matcher(entry.getFileName().toString().substring(prefix.length()));
        if (m.matches() && writerGone(entry, m.group(1))) {
          deleteTree(entry);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // a leftover that cannot be listed or deleted now is tried again at the next write
    }
  }

  private static boolean writerGone(Path entry, String pid) throws IOException {
    if (pid != null) {
      return ProcessHandle.of(Long.parseLong(pid)).map(p -> !p.isAlive()).orElse(true);
    }
    FileTime modified = Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS);
    return modified.toInstant().isBefore(Instant.now().minus(STALE_WITHOUT_PID));
  }

  /** Renames {@code tmp} over {@code target}, atomically where the file system allows. */
  private static void moveIntoPlace(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    syncFolder(target.toAbsolutePath().getParent());
  }

  /**
   * Writes the folder {@code target} as one unit: {@code writer} fills a new hidden folder beside
   * it, every file in it is forced to disk, and only then does it take the place of the old folder,
   * which is deleted last. Whatever moment the process is killed, either the old folder or the new
   * one is complete (see {@link #recoverFolder} for the moment between the two renames).
   */
  public static void replaceFolder(Path target, FolderWriter writer) throws IOException {
    recoverFolder(target);
    checkFolderTarget(target);
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    sweepStale(parent, target.getFileName().toString());
    Path fresh = parent.resolve(temporaryName(target, ".tmp"));
    Files.createDirectory(fresh);
    try {
      try {
        writer.writeInto(fresh);
      } catch (IOException e) {
        throw namedAfterTarget(e, fresh, target);
      }
      forceAll(fresh);
      Path previous = previousOf(target);
      if (Files.exists(target)) {
        deleteTree(previous);
        Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
      syncFolder(parent);
      deleteTree(previous);
    } finally {
      deleteTree(fresh);
    }
  }

  /**
   * The writer's failure, with the hidden folder it was filling named as the folder it was for: "No
   * space left" in {@code .out.123-….tmp/images/00050.png} means {@code out/images/00050.png} to
   * the learner.
   */
  private static IOException namedAfterTarget(IOException e, Path fresh, Path target) {
    String message = e.getMessage();
    String hidden = fresh.toString();
    if (message == null || !message.contains(hidden)) {
      return e;
    }
    String shown = target.toAbsolutePath().normalize().toString();
    return new IOException(message.replace(hidden, shown), e);
  }

  /**
   * Refuses, before any work, a folder output that {@link #replaceFolder} would refuse after it: a
   * file where the folder should be, or a file where its parent should be (a training run must not
   * learn for an hour and then fail to save).
   */
  public static void checkFolderTarget(Path target) throws IOException {
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new IOException(
          "Cannot write " + target + ": it is a file, and a folder of that name is needed");
    }
    Path parent = target.toAbsolutePath().getParent();
    if (Files.exists(parent) && !Files.isDirectory(parent)) {
      throw new IOException("Cannot write " + target + ": " + parent + " is not a folder");
    }
  }

  /**
   * Puts back the previous version of a folder written by {@link #replaceFolder} when a kill fell
   * between moving the old folder aside and moving the new one in. Call before reading it.
   */
  public static void recoverFolder(Path target) throws IOException {
    Path previous = previousOf(target);
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(previous)) {
      Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** Lets a writer close its stream (Jackson does) without closing the channel to be forced. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  private static Path previousOf(Path target) {
    return target.toAbsolutePath().resolveSibling("." + target.getFileName() + PREVIOUS);
  }

  private static void forceAll(Path folder) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path f : files) {
        if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
          try (FileChannel channel = FileChannel.open(f, StandardOpenOption.WRITE)) {
            channel.force(true);
          }
        }
      }
    }
    syncFolder(folder);
  }

  // The rename itself is only durable once the folder's entry is on disk; not every platform
  // lets a folder be opened for this (Windows does not), and then the rename is as good as it gets.
  private static void syncFolder(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // best effort, see above
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

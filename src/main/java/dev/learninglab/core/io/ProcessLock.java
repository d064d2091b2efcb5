package dev.learninglab.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An exclusive lock on a file, held by one process (and within it one holder) at a time: two runs
 * of one pipeline project, or two processes adding points to one cache, take turns instead of
 * mixing their files. It is the operating system's lock ({@link FileChannel#lock}), so a holder
 * killed with {@code kill -9} releases it with its process and nothing stale is left to clean up;
 * the lock file itself stays (deleting it would let a third process lock a file nobody else sees).
 * The holder's pid is written into the file so that a refused process can say who holds it.
 */
public final class ProcessLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private ProcessLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock if nobody holds it now; empty when another process or holder does. */
  public static Optional<ProcessLock> tryHold(Path lockFile) throws IOException {
    FileChannel channel = open(lockFile);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by another holder in this process
    }
    if (lock == null) {
      channel.close();
      return Optional.empty();
    }
    return Optional.of(signed(channel, lock));
  }

  /** Waits until the lock is free and takes it; for short critical sections (a cache update). */
  public static ProcessLock hold(Path lockFile) throws IOException {
    while (true) {
      FileChannel channel = open(lockFile);
      try {
        return signed(channel, channel.lock());
      } catch (OverlappingFileLockException e) {
        channel.close();
        // another holder in this process: wait for it like any other
        try {
          Thread.sleep(20);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new IOException("Interrupted while waiting for " + lockFile, interrupted);
        }
      }
    }
  }

  /** The pid last written into the lock file by a holder, if any. */
  public static OptionalLong holder(Path lockFile) {
    try {
      String text = Files.readString(lockFile, StandardCharsets.UTF_8).trim();
      return text.matches("\\d{1,19}")
          ? OptionalLong.of(Long.parseLong(text))
          : OptionalLong.empty();
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }

  private static FileChannel open(Path lockFile) throws IOException {
    Path parent = lockFile.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    return FileChannel.open(
        lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
  }

  private static ProcessLock signed(FileChannel channel, FileLock lock) throws IOException {
    channel.truncate(0);
    channel.write(
        ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)),
        0);
    return new ProcessLock(channel, lock);
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}

package dev.learninglab.core.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The victim of the kill tests: starts an atomic write of {@code args[1]} ("file" or "folder") at
 * {@code args[0]}, writes part of the new content, says so by creating {@code args[2]}, and waits
 * to be killed.
 */
public final class AtomicVictimMain {
  public static void main(String[] args) throws Exception {
    Path target = Path.of(args[0]);
    Path started = Path.of(args[2]);
    if (args[1].equals("file")) {
      AtomicFiles.write(
          target,
          out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            out.flush();
            waitForTheKill(started);
          });
    } else {
      AtomicFiles.replaceFolder(
          target,
          dir -> {
            Files.writeString(dir.resolve("weights"), "new weights");
            waitForTheKill(started);
          });
    }
  }

  private static void waitForTheKill(Path started) {
    try {
      Files.createFile(started);
      Thread.sleep(Long.MAX_VALUE);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

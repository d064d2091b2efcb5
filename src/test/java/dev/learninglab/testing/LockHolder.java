package dev.learninglab.testing;

import dev.learninglab.core.io.ProcessLock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another process holding a {@link ProcessLock}, for tests of what a second process is told: it
 * prints {@code held} once it has the lock and lets go when its standard input closes.
 */
public final class LockHolder implements AutoCloseable {
  private final Process process;

  private LockHolder(Process process) {
    this.process = process;
  }

  /** Starts a JVM that takes the lock on {@code lockFile}; returns once it holds it. */
  public static LockHolder start(Path lockFile) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    LockHolder.class.getName(),
                    lockFile.toString()))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (!"held".equals(line)) {
      p.destroyForcibly();
      throw new IOException("the lock holder did not start: " + line);
    }
    return new LockHolder(p);
  }

  public long pid() {
    return process.pid();
  }

  @Override
  public void close() throws Exception {
    process.getOutputStream().close();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  public static void main(String[] args) throws IOException {
    try (ProcessLock lock = ProcessLock.hold(Path.of(args[0]))) {
      System.out.println("held");
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold until the test closes our input
      }
    }
  }
}

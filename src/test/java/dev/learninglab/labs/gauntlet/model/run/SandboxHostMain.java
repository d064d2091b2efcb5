package dev.learninglab.labs.gauntlet.model.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The app in the parent-death test: starts a JShell VM as the Gauntlet does and runs learner code
 * that writes its working folder to {@code args[0]} and then spins, swallowing every stop, until
 * this process is killed.
 */
public final class SandboxHostMain {
  public static void main(String[] args) {
    String marker = JavaLiterals.quote(Path.of(args[0]).toAbsolutePath().toString());
    JShellSession session = new JShellSession(ClassPaths.current(), 128, "", "");
    session.run(
        "java.nio.file.Files.writeString(java.nio.file.Path.of("
            + marker
            + "), System.getProperty(\"user.dir\"));\n"
            + "while (true) { try { while (true) { } } catch (Throwable t) { } }",
        1,
        List.of(),
        Duration.ofHours(1),
        false);
  }
}

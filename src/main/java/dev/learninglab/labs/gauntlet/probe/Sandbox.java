package dev.learninglab.labs.gauntlet.probe;

import java.io.FilePermission;
import java.net.SocketPermission;
import java.nio.file.Path;
import java.security.Permission;
import java.util.List;

/**
 * Guards the app's data from accidents in learner code, <em>inside the JShell VM</em>: installed
 * once per VM before any learner code runs (see {@code docs/decisions/gauntlet-sandbox.md}).
 *
 * <ul>
 *   <li>the VM halts when the app that started it ends, even by {@code kill -9}, instead of
 *       spinning on as an orphan;
 *   <li>a security manager refuses writing or deleting anything inside the protected folders (the
 *       app's {@code ~/.learning-lab}), opening network connections, and replacing itself.
 * </ul>
 *
 * Everything else is allowed: the learner's code, Tablesaw and XChart run as they would in a plain
 * JShell. The security manager is deprecated for removal; where the JVM no longer allows one (Java
 * 24+), {@link #install} says so and only the parent watch applies.
 */
public final class Sandbox extends SecurityManager {
  private final List<Path> protectedDirs;

  private Sandbox(List<Path> protectedDirs) {
    this.protectedDirs = protectedDirs;
  }

  /**
   * Watches {@code parentPid} and installs the guard; returns "on", or "off: why" when this JVM
   * refuses security managers.
   */
  public static String install(long parentPid, String... protectedDirs) {
    ProcessHandle.of(parentPid)
        .ifPresentOrElse(
            parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(2)),
            () -> Runtime.getRuntime().halt(2));
    List<Path> dirs = new java.util.ArrayList<>();
    for (String d : protectedDirs) {
      dirs.add(canonical(d));
    }
    try {
      System.setSecurityManager(new Sandbox(List.copyOf(dirs)));
      return "on";
    } catch (UnsupportedOperationException | SecurityException e) {
      return "off: " + e.getMessage();
    }
  }

  @Override
  public void checkPermission(Permission p) {
    if (p instanceof RuntimePermission && "setSecurityManager".equals(p.getName())) {
      throw new SecurityException("the Gauntlet's sandbox cannot be replaced");
    }
    if (p instanceof SocketPermission && !p.getActions().equals("resolve")) {
      throw new SecurityException(
          "network access is off in the Gauntlet (" + p.getName() + " " + p.getActions() + ")");
    }
    if (p instanceof FilePermission
        && (p.getActions().contains("write") || p.getActions().contains("delete"))) {
      Path target = canonical(p.getName());
      for (Path dir : protectedDirs) {
        if (target.startsWith(dir)) {
          throw new SecurityException(
              "the Gauntlet does not let code change the app's own files (" + dir + ")");
        }
      }
    }
  }

  @Override
  public void checkPermission(Permission p, Object context) {
    checkPermission(p);
  }

  // Absolute and without "..": enough for accidents (a symbolic link made on purpose is not one).
  private static Path canonical(String name) {
    try {
      return Path.of(name).toAbsolutePath().normalize();
    } catch (RuntimeException e) {
      return Path.of("/").resolve(name.replace('\0', '_')).normalize();
    }
  }
}

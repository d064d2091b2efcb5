package dev.learninglab.labs.gauntlet.probe;

import dev.learninglab.core.lab.LayoutException;
import java.io.FilePermission;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.ReflectPermission;
import java.net.SocketPermission;
import java.nio.file.Path;
import java.security.Permission;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Guards the app's data from accidents in learner code, <em>inside the JShell VM</em>: installed
 * once per VM before any learner code runs (see {@code docs/decisions/0012-gauntlet-sandbox.md}).
 *
 * <ul>
 *   <li>the VM halts when the app that started it ends, even by {@code kill -9}, instead of
 *       spinning on as an orphan;
 *   <li>a security manager refuses writing or deleting anything inside the protected folders (the
 *       app's {@code ~/.learning-lab}), opening network connections, replacing itself, and
 *       reflection past {@code private} by the learner's own code ({@code setAccessible}, {@code
 *       MethodHandles.privateLookupIn}), which is how the checker's probe could be tampered with.
 * </ul>
 *
 * Everything else is allowed: the learner's code, Tablesaw and XChart run as they would in a plain
 * JShell. The security manager is deprecated for removal; where the JVM no longer allows one (Java
 * 24+), {@link #install} says so and only the parent watch applies.
 */
@LayoutException(
    "installed inside the learner's JShell VM, loaded there by name with nothing else of the app")
public final class Sandbox extends SecurityManager {
  private final List<Path> protectedDirs;

  // made before the guard is on: getting a walker that sees classes is itself a permission
  private final StackWalker walker =
      StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  private final ThreadLocal<Boolean> checking = ThreadLocal.withInitial(() -> false);

  private Sandbox(List<Path> protectedDirs) {
    this.protectedDirs = protectedDirs;
    calledFromLearnerCode(); // links the walk before the guard is on
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
    if (p instanceof ReflectPermission
        && "suppressAccessChecks".equals(p.getName())
        && calledFromLearnerCode()) {
      throw new SecurityException(
          "reflection into private members is off in the Gauntlet (setAccessible)");
    }
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

  /**
   * Whether the code asking is the learner's own: the direct caller of the reflective call ({@code
   * setAccessible}, {@code privateLookupIn}) is a JShell snippet, whose classes live in package
   * {@code REPL}. JShell's agent, the libraries (Jackson in the probe, Tablesaw) and Java itself (a
   * lambda in a snippet is spun with {@code setAccessible} by {@code java.base}) keep theirs.
   * Linking the walk can itself ask for this permission (lambdas are spun with reflection), so a
   * check inside a check allows: that request comes from {@code java.base}, not from the learner.
   */
  private boolean calledFromLearnerCode() {
    if (checking.get()) {
      return false;
    }
    checking.set(true);
    try {
      return walker.walk(FIRST_CALLER_IS_A_SNIPPET);
    } finally {
      checking.set(false);
    }
  }

  private static final Function<Stream<StackWalker.StackFrame>, Boolean> FIRST_CALLER_IS_A_SNIPPET =
      new Function<>() {
        @Override
        public Boolean apply(Stream<StackWalker.StackFrame> frames) {
          Iterator<StackWalker.StackFrame> it = frames.iterator();
          while (it.hasNext()) {
            Class<?> c = it.next().getDeclaringClass();
            if (!isTheCheck(c)) {
              return "REPL".equals(c.getPackageName());
            }
          }
          return false;
        }
      };

  /** A frame of the permission check itself or of the reflective call being checked. */
  private static boolean isTheCheck(Class<?> c) {
    return c == Sandbox.class
        || c == SecurityManager.class
        || AccessibleObject.class.isAssignableFrom(c)
        || c == MethodHandles.class
        || c == MethodHandles.Lookup.class;
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

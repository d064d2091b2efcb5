package dev.learninglab.core.compute;

import java.lang.management.ManagementFactory;

/**
 * How many cores are really free for a network's intra-op threads: the cores the JVM may use minus
 * the system's one-minute load average (rounded to the nearest core), at least one.
 *
 * <p>Why: PyTorch's and ONNX Runtime's thread teams split every layer into equal shares and wait
 * for the slowest. When one of their threads shares a core with another busy process it finishes
 * last, and the whole team waits for it at every layer: on this project's 2-core machine, 2 threads
 * next to one busy core trained 16 times slower than 1 thread. Asking for the free cores only
 * avoids that; the load average is the operating system's own count of runnable processes.
 */
public final class FreeCores {

  private FreeCores() {}

  /**
   * The rule itself: {@code available − round(load)}, clamped to 1..available; an unknown load
   * (negative, as Java reports on systems without one, or NaN) leaves every core.
   */
  public static int of(int available, double loadAverage) {
    if (available < 1) {
      throw new IllegalArgumentException("available cores must be ≥ 1, got " + available);
    }
    if (!(loadAverage >= 0)) {
      return available;
    }
    long free = available - Math.round(loadAverage);
    return (int) Math.max(1, Math.min(available, free));
  }

  /** The rule applied to this JVM and this moment's load average. */
  public static int now() {
    return of(
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}

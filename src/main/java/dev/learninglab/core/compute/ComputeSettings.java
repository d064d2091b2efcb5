package dev.learninglab.core.compute;

/**
 * The one place that says how DJL should compute: whether the CPU is forced and how many threads
 * PyTorch may use. Read from system properties so that the CLI's {@code --cpu}, the GUI setting and
 * tests all go through the same switch.
 *
 * <ul>
 *   <li>{@code learninglab.cpu=true} (or environment {@code LEARNING_LAB_CPU=1}) forces the CPU
 *       even when a GPU is visible;
 *   <li>{@code learninglab.threads=N} sets PyTorch's and ONNX Runtime's intra-op threads (default:
 *       the cores free when the engine loads, {@link FreeCores}).
 * </ul>
 */
public record ComputeSettings(boolean forceCpu, int threads) {

  static final String CPU_PROPERTY = "learninglab.cpu";
  static final String THREADS_PROPERTY = "learninglab.threads";

  /** The settings in effect now. */
  public static ComputeSettings current() {
    boolean cpu = Boolean.getBoolean(CPU_PROPERTY) || "1".equals(System.getenv("LEARNING_LAB_CPU"));
    Integer chosen = Integer.getInteger(THREADS_PROPERTY);
    int threads = chosen != null ? chosen : FreeCores.now();
    return new ComputeSettings(cpu, Math.max(1, threads));
  }

  /** Forces (or stops forcing) the CPU for every model created from now on. */
  public static void forceCpu(boolean force) {
    System.setProperty(CPU_PROPERTY, Boolean.toString(force));
  }

  /**
   * Hands the thread count to DJL's PyTorch engine; effective only before the engine first loads,
   * which is why {@link Compute} calls it before touching DJL.
   */
  void applyToEngineProperties() {
    System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
    System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    // DJL finds the bundled natives on the class path by itself; when the app runs offline
    // it must not fall back to downloading natives for another platform either
    if (Boolean.getBoolean("learninglab.offline")) {
      System.setProperty("ai.djl.offline", "true");
    }
  }
}

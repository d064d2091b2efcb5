package dev.learninglab.core.compute;

/**
 * Says, before a large allocation, whether this Java may hold it: a picture too large for the heap
 * is refused with how much memory it needs and how to give it, instead of an OutOfMemoryError
 * thrown from deep inside a computation (or a "corrupt image" that is not corrupt).
 */
public final class MemoryBudget {
  private static final long MB = 1 << 20;

  private MemoryBudget() {}

  /**
   * Throws when {@code bytes} exceed what the heap can still hold.
   *
   * @param what names the job in the message, e.g. "Upscaling photo.png (4000×3000) by 2"
   */
  public static void require(long bytes, String what) {
    Runtime rt = Runtime.getRuntime();
    long inUse = rt.totalMemory() - rt.freeMemory();
    long available = rt.maxMemory() - inUse;
    if (bytes > available) {
      long suggestedMb = roundUp((inUse + bytes) * 5 / 4 / MB);
      throw new IllegalStateException(
          what
              + " needs about "
              + (bytes / MB + 1)
              + " MB of memory, more than the "
              + Math.max(0, available / MB)
              + " MB this Java has free (of "
              + rt.maxMemory() / MB
              + " MB); run java with -Xmx"
              + suggestedMb
              + "m or more, or use a smaller input");
    }
  }

  private static long roundUp(long mb) {
    return (mb + 255) / 256 * 256;
  }
}

package dev.learninglab.core.compute;

import ai.djl.engine.Engine;
import dev.learninglab.core.io.LabHome;
import java.io.IOException;
import java.util.Optional;

/**
 * Whether this process may believe its PyTorch engine: the self-check's verdict, taken from the
 * machine's cache or by running {@link EngineCheck} once when the engine loads. Training asks
 * {@link #requireCorrect()} first, so a machine whose natives compute wrongly never trains.
 */
public final class EngineTrust {
  private static volatile EngineVerdict verdict;

  private EngineTrust() {}

  /** The verdict on {@code engine}: remembered for this machine, or checked now and remembered. */
  static synchronized EngineVerdict verify(Engine engine) {
    if (verdict == null) {
      verdict = remembered().orElseGet(() -> checkAndRemember(engine));
    }
    return verdict;
  }

  /**
   * The verdict this machine remembers for the natives and limit in force, without loading: read
   * once per process (start-up asks, then the engine's first load), since neither can change.
   */
  public static Optional<EngineVerdict> remembered() {
    return Remembered.VERDICT;
  }

  /** Holds the machine's key and what the cache file said, looked up on first use only. */
  private static final class Remembered {
    static final VerdictCache CACHE = new VerdictCache(LabHome.dir().resolve("engine-check.json"));
    static final String KEY = VerdictCache.key(NativeVersion.current(), EngineCheck.isaLimit());
    static final Optional<EngineVerdict> VERDICT = CACHE.get(KEY);
  }

  private static EngineVerdict checkAndRemember(Engine engine) {
    EngineVerdict fresh = EngineCheck.run(engine);
    try {
      Remembered.CACHE.put(Remembered.KEY, fresh);
    } catch (IOException e) {
      // an unwritable home only means the check runs again at the next start
    }
    return fresh;
  }

  /** The verdict on the engine, loading and checking it if that has not happened yet. */
  public static EngineVerdict verdict() {
    Compute.engine();
    return verdict;
  }

  /** The verdict if the engine has already been loaded in this process. */
  public static Optional<EngineVerdict> known() {
    return Optional.ofNullable(verdict);
  }

  /**
   * Refuses to go on when the engine gives wrong answers.
   *
   * @throws UntrustedEngineException with the one line that says so
   */
  public static void requireCorrect() {
    requireCorrect(verdict());
  }

  static void requireCorrect(EngineVerdict verdict) {
    if (!verdict.correct()) {
      throw new UntrustedEngineException(verdict.line());
    }
  }

  /** Thrown where work would need a PyTorch engine that computes wrongly on this machine. */
  public static final class UntrustedEngineException extends IllegalStateException {
    UntrustedEngineException(String message) {
      super(message);
    }
  }
}

package dev.learninglab.core.compute;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;

/**
 * A known-answer check of the compute engine: every operation the labs use, on small fixed inputs,
 * against answers computed in double precision. Some PyTorch natives compute convolutions wrongly
 * on some CPUs (their oneDNN kernels for the newest instruction sets); this is how the app notices
 * instead of training on garbage.
 */
public final class EngineCheck {
  private EngineCheck() {}

  /** Checks {@code engine} with every known answer. */
  public static EngineVerdict run(Engine engine) {
    return run(engine, KnownAnswers.all());
  }

  static EngineVerdict run(Engine engine, List<KnownAnswer> answers) {
    long started = System.nanoTime();
    List<String> wrong = new ArrayList<>();
    for (KnownAnswer answer : answers) {
      if (!gives(engine, answer)) {
        wrong.add(answer.operation());
      }
    }
    double millis = (System.nanoTime() - started) / 1e6;
    return new EngineVerdict(wrong.isEmpty(), wrong, isaLimit(), NativeVersion.current(), millis);
  }

  private static boolean gives(Engine engine, KnownAnswer answer) {
    try (NDManager manager = engine.newBaseManager()) {
      float[] actual = answer.compute().apply(manager);
      return KnownAnswer.error(actual, answer.expected()) <= answer.tolerance();
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The oneDNN instruction-set limit this process started with. */
  static String isaLimit() {
    String limit = System.getenv(EngineVerdict.ISA_VARIABLE);
    return limit == null || limit.isBlank() ? "default" : limit;
  }
}

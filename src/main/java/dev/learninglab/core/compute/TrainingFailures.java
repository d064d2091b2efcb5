package dev.learninglab.core.compute;

import static dev.learninglab.core.i18n.CoreTexts.T;

import dev.learninglab.core.task.TaskEnd;

/**
 * The status line a Train tab shows when training failed: a diverged run or an untrusted engine
 * already says everything in its one line; anything else is prefixed "Training failed".
 */
public final class TrainingFailures {
  private TrainingFailures() {}

  public static String line(TaskEnd.Failed failed) {
    boolean selfExplaining =
        failed.failure() instanceof TrainingDiverged
            || failed.failure() instanceof EngineTrust.UntrustedEngineException;
    return selfExplaining ? failed.message() : T.get("core.training.failed", failed.message());
  }

  /**
   * The status line for a training task that ended without a result: why it failed, or, when the
   * learner cancelled it, {@code cancelled} (which says what the checkpoint kept).
   */
  public static String ending(TaskEnd end, java.util.function.Supplier<String> cancelled) {
    return end instanceof TaskEnd.Failed failed ? line(failed) : cancelled.get();
  }
}

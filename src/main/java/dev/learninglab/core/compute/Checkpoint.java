package dev.learninglab.core.compute;

import ai.djl.nn.Block;
import java.io.IOException;

/**
 * Keeps the best epoch on disk for a {@link TrainingLoop}. {@link CheckpointFolder#checkpoint} is
 * the implementation every lab uses: it writes the parameters together with their {@link
 * CheckpointCard} as one folder, so a run killed at any moment leaves either the previous
 * checkpoint or the new one, each matching its description.
 *
 * <p>The loop only ever saves finite weights whose validation score is a number that beats the best
 * so far, and calls {@link #stopped} at the end of a run that saved something, so the card says why
 * the run ended without the weights being written again.
 */
@FunctionalInterface
public interface Checkpoint {
  void save(Block block, int epoch, double score) throws IOException;

  /** The run that saved the current checkpoint ended, for {@code reason}. */
  default void stopped(StopReason reason) throws IOException {}
}

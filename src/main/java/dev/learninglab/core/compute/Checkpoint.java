package dev.learninglab.core.compute;

import ai.djl.nn.Block;
import java.io.IOException;

/**
 * Keeps the best epoch on disk. An implementation writes the parameters together with whatever
 * describes them (architecture, epoch, score) as one unit, for instance with {@link
 * dev.learninglab.core.io.AtomicFiles#replaceFolder}, so a run killed at any moment leaves either
 * the previous checkpoint or the new one, each matching its description.
 */
@FunctionalInterface
public interface Checkpoint {
  void save(Block block, int epoch, double score) throws IOException;
}

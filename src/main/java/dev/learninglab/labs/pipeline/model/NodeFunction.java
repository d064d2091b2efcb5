package dev.learninglab.labs.pipeline.model;

import java.util.List;

/**
 * The pure function inside a {@link Node}: it receives the loaded inputs in the order of {@link
 * Node#inputs()} and returns one value per output, in the order of {@link Node#outputs()}.
 */
@FunctionalInterface
public interface NodeFunction {
  List<Object> apply(List<Object> inputs) throws Exception;
}

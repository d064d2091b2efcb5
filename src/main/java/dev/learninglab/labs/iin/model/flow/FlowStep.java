package dev.learninglab.labs.iin.model.flow;

import ai.djl.ndarray.NDArray;
import ai.djl.training.ParameterStore;

/**
 * One invertible layer of a normalising flow. Its forward pass (a DJL block) maps {@code x} of
 * shape (N, D) to {@code [y, logdet]}, where {@code logdet} (N) is log|det ∂y/∂x| per sample;
 * {@link #inverse} maps {@code y} back to {@code x} exactly.
 */
public interface FlowStep {
  NDArray inverse(ParameterStore store, NDArray y);
}

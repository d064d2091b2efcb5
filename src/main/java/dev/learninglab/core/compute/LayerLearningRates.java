package dev.learninglab.core.compute;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.tracker.ParameterTracker;
import ai.djl.training.tracker.Tracker;
import java.util.HashSet;
import java.util.Set;

/**
 * A learning-rate schedule with one layer on its own footing: the parameters of the chosen blocks
 * learn at {@code factor} times the schedule's rate, the rest at the rate itself. FSRCNN's paper
 * trains its deconvolution ten times slower than the convolutions; DJL's optimisers take one
 * tracker for all parameters, and ask it per parameter id, which is where the factor goes.
 */
public final class LayerLearningRates implements ParameterTracker {

  private final Tracker base;
  private final float factor;
  private final Set<String> scaled = new HashSet<>();

  /** {@code base} for every parameter, times {@code factor} for those of {@code slower}. */
  public LayerLearningRates(Tracker base, float factor, Block... slower) {
    if (!(factor > 0) || Float.isInfinite(factor)) {
      throw new IllegalArgumentException("learning-rate factor must be > 0, got " + factor);
    }
    this.base = base;
    this.factor = factor;
    for (Block block : slower) {
      for (Parameter p : block.getParameters().values()) {
        scaled.add(p.getId());
      }
    }
  }

  @Override
  public float getNewValue(String parameterId, int numUpdate) {
    float rate = base.getNewValue(parameterId, numUpdate);
    return scaled.contains(parameterId) ? rate * factor : rate;
  }
}

package dev.learninglab.labs.iin.model.flow;

import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;

/** The optimiser of the IIN's code: Adam with β₁ = 0.5 and β₂ = 0.9, for every flow here. */
public final class FlowAdam {
  private FlowAdam() {}

  public static Optimizer build(Tracker learningRate) {
    return Optimizer.adam()
        .optLearningRateTracker(learningRate)
        .optBeta1(0.5f)
        .optBeta2(0.9f)
        .build();
  }
}

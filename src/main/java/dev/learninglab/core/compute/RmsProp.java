package dev.learninglab.core.compute;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.ParameterTracker;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * RMSprop written with plain array operations: DJL's own {@code Optimizer.rmsprop()} calls a fused
 * update that its PyTorch engine does not implement ("Not implemented"). Each parameter keeps a
 * running mean of its squared gradients, {@code v ← ρ·v + (1−ρ)·g²}, and moves by {@code rate·g/(√v
 * + ε)}, as Keras's RMSprop does (ρ 0.9, ε 1e-7).
 */
public final class RmsProp extends Optimizer {

  private static final float RHO = 0.9f;
  private static final float EPSILON = 1e-7f;

  private final ParameterTracker rate;
  private final Map<String, Map<Device, NDArray>> meanSquares = new ConcurrentHashMap<>();

  /** RMSprop at the rates {@code rate} gives per parameter and update. */
  public RmsProp(ParameterTracker rate) {
    super(new Builder());
    this.rate = rate;
  }

  @Override
  public void update(String parameterId, NDArray weight, NDArray grad) {
    float lr = rate.getNewValue(parameterId, updateCount(parameterId));
    float decay = getWeightDecay();
    NDArray meanSquare =
        withDefaultState(meanSquares, parameterId, weight.getDevice(), k -> weight.zerosLike());
    // PyTorch's grad mode is per thread and on by default, and it forbids changing a weight in
    // place while it is on: a thread that never opened a gradient collector would fail here
    boolean gradMode = JniUtils.isGradMode();
    JniUtils.setGradMode(false);
    // the step's temporaries close with the scope; the state and the weight change in place
    try (NDScope scope = new NDScope()) {
      NDArray g = grad.mul(rescaleGrad);
      if (decay != 0) {
        g = g.add(weight.mul(decay));
      }
      meanSquare.muli(RHO).addi(g.square().muli(1 - RHO));
      weight.subi(g.div(meanSquare.sqrt().addi(EPSILON)).muli(lr));
    } finally {
      JniUtils.setGradMode(gradMode);
    }
  }

  private static final class Builder extends OptimizerBuilder<Builder> {
    @Override
    protected Builder self() {
      return this;
    }
  }
}

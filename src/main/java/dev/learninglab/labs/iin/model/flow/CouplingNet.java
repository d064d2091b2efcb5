package dev.learninglab.labs.iin.model.flow;

import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.initializer.XavierInitializer;

/**
 * The small fully connected network a coupling uses to compute a scale or a shift from the half it
 * keeps: Linear → LeakyReLU, {@code depth} more hidden layers, Linear to {@code out}, and for the
 * scale a final tanh, which bounds each log-scale to (−1, 1) so no step can blow up.
 */
final class CouplingNet {
  private CouplingNet() {}

  static SequentialBlock build(int hidden, int depth, int out, boolean tanh) {
    SequentialBlock net = new SequentialBlock();
    net.add(Linear.builder().setUnits(hidden).build()).add(Activation.leakyReluBlock(0.01f));
    for (int i = 0; i < depth; i++) {
      net.add(Linear.builder().setUnits(hidden).build()).add(Activation.leakyReluBlock(0.01f));
    }
    net.add(Linear.builder().setUnits(out).build());
    if (tanh) {
      net.add(Activation.tanhBlock());
    }
    // PyTorch's default for Linear, U(±1/√fan_in), as the reference trains with: a milder start
    // than DJL's default keeps the untrained flow well conditioned
    net.setInitializer(
        new XavierInitializer(
            XavierInitializer.RandomType.UNIFORM, XavierInitializer.FactorType.IN, 1),
        Parameter.Type.WEIGHT);
    return net;
  }
}

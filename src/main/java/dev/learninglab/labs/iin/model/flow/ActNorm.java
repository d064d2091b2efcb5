package dev.learninglab.labs.iin.model.flow;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.util.PairList;

/**
 * Activation normalisation (Glow): {@code y = scale · (x + loc)} per dimension, log|det| = Σ
 * log|scale|. {@link #initialiseFrom} sets loc and scale from a batch so that its output starts
 * with zero mean and unit variance, which is what lets a deep flow train from the first step.
 */
public final class ActNorm extends AbstractBlock implements FlowStep {
  private static final byte VERSION = 1;
  private final int dim;
  private final Parameter loc;
  private final Parameter scale;

  public ActNorm(int dim) {
    super(VERSION);
    this.dim = dim;
    // type OTHER keeps network-wide weight initialisers away from them
    loc =
        addParameter(
            Parameter.builder()
                .setName("loc")
                .setType(Parameter.Type.OTHER)
                .optShape(new Shape(dim))
                .optInitializer(new ConstantInitializer(0f))
                .build());
    scale =
        addParameter(
            Parameter.builder()
                .setName("scale")
                .setType(Parameter.Type.OTHER)
                .optShape(new Shape(dim))
                .optInitializer(new ConstantInitializer(1f))
                .build());
  }

  /**
   * Data-dependent initialisation: loc = −mean, scale = 1 / (std + 1e-6) of the batch {@code x}.
   */
  public void initialiseFrom(NDArray x) {
    NDArray mean = x.mean(new int[] {0});
    NDArray std = x.sub(mean).square().mean(new int[] {0}).sqrt();
    loc.getArray().set(java.nio.FloatBuffer.wrap(mean.neg().toFloatArray()));
    scale.getArray().set(java.nio.FloatBuffer.wrap(std.add(1e-6f).pow(-1f).toFloatArray()));
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    NDArray l = store.getValue(loc, x.getDevice(), training);
    NDArray s = store.getValue(scale, x.getDevice(), training);
    NDArray y = x.add(l).mul(s);
    NDArray perSample = s.abs().log().sum();
    perSample.attach(x.getManager());
    NDArray logdet = x.getManager().zeros(new Shape(x.getShape().get(0))).add(perSample);
    return new NDList(y, logdet);
  }

  @Override
  public NDArray inverse(ParameterStore store, NDArray y) {
    NDArray l = store.getValue(loc, y.getDevice(), false);
    NDArray s = store.getValue(scale, y.getDevice(), false);
    return y.div(s).sub(l);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0], new Shape(inputShapes[0].get(0))};
  }

  public int dim() {
    return dim;
  }
}

package dev.learninglab.labs.iin.model.iin;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.training.loss.Loss;

/**
 * The IIN's factor loss on a batch of pairs (a, b) that share one factor: both codes against N(0,
 * I) through the change of variables, except that b's chunk of the shared factor is scored against
 * N(ρ·z̃ₐ, (1 − ρ²)I), which pulls that chunk of the two codes together while every chunk stays
 * standard normal. The constant terms are left out.
 */
public final class FactorLoss extends Loss {
  public static final float RHO = 0.975f;

  public FactorLoss() {
    super("iin-factor-loss");
  }

  /**
   * @param labels the (n, D) mask of the shared chunk's dimensions
   * @param predictions the flow's {@code [z̃, logdet]} for the 2n codes (a's, then b's)
   */
  @Override
  public NDArray evaluate(NDList labels, NDList predictions) {
    NDArray mask = labels.singletonOrThrow();
    long n = mask.getShape().get(0);
    NDArray z = predictions.get(0);
    NDArray logdet = predictions.get(1);
    NDArray za = z.get(new NDIndex("0:{}", n));
    NDArray zb = z.get(new NDIndex("{}:", n));
    NDArray first = za.square().sum(new int[] {1}).mul(0.5f).mean();
    NDArray shifted = zb.sub(za.mul(mask).mul(RHO));
    NDArray weight = mask.mul(-RHO * RHO).add(1f).pow(-1f);
    NDArray second = shifted.square().mul(weight).sum(new int[] {1}).mul(0.5f).mean();
    return first.add(second).sub(logdet.mean().mul(2f));
  }
}

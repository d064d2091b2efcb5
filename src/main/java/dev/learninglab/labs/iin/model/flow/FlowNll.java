package dev.learninglab.labs.iin.model.flow;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * The flow's negative log-likelihood in nats per sample, by the change of variables: {@code −log
 * p(x) = ½‖z‖² + (D/2)·log 2π − log|det ∂z/∂x|} with z = T(x) against a standard normal. The
 * constant makes the number comparable with a density's entropy; it does not change the gradient.
 */
public final class FlowNll extends Loss {

  public FlowNll() {
    super("flow-nll");
  }

  /** Per-sample NLL (N) from a flow's output {@code [z, logdet]}. */
  public static NDArray perSample(NDArray z, NDArray logdet) {
    long dim = z.getShape().get(1);
    return z.square()
        .sum(new int[] {1})
        .mul(0.5f)
        .add((float) (0.5 * dim * Math.log(2 * Math.PI)))
        .sub(logdet);
  }

  @Override
  public NDArray evaluate(NDList labels, NDList predictions) {
    return perSample(predictions.get(0), predictions.get(1)).mean();
  }
}

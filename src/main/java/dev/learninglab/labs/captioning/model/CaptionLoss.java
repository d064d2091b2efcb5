package dev.learninglab.labs.captioning.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * Per-word cross-entropy of {@code (B,T,V)} logits against {@code (B,T)} word indices. The
 * tutorial's version counts the padding steps too (its targets were padded one-hot captions), so a
 * model is rewarded for predicting padding; the masked version averages over real words only.
 */
public final class CaptionLoss extends Loss {

  private final boolean maskPadding;

  /** Masks the padding ({@code true}, v3) or counts it as the tutorial did. */
  public CaptionLoss(boolean maskPadding) {
    super(maskPadding ? "masked-word-xent" : "word-xent");
    this.maskPadding = maskPadding;
  }

  @Override
  public NDArray evaluate(NDList labels, NDList predictions) {
    NDArray logits = predictions.head();
    long vocabulary = logits.getShape().get(2);
    NDArray targets = labels.head();
    NDArray nll =
        logits.logSoftmax(2).mul(targets.oneHot((int) vocabulary)).sum(new int[] {2}).neg();
    if (!maskPadding) {
      return nll.mean();
    }
    NDArray mask = targets.neq(Vocabulary.PAD).toType(nll.getDataType(), false);
    return nll.mul(mask).sum().div(mask.sum().maximum(1f));
  }
}

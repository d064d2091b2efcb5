package dev.learninglab.labs.captioning.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The tutorial's v1 and v2: encoder → flatten → dense (ReLU) → the same vector repeated to every
 * one of the caption's steps → LSTM (bidirectional for v2) → per-step softmax over the vocabulary.
 * The decoder never sees the words it wrote, so nothing ties word t to word t−1 except the LSTM's
 * memory of an unchanging input; with a weak image vector every image gets the most likely caption
 * — the tutorial's collapse. Input: images {@code (B,3,48,48)}; output: logits {@code (B,T,V)}.
 */
final class RepeatDecoder extends AbstractBlock {

  /** The tutorial used 256; 128 keeps the shipped weights small (the flatten has 2,304 inputs). */
  static final int DENSE = 128;

  private final int steps;
  private final int vocabulary;
  private final SequentialBlock encoder;
  private final SequentialBlock dense;
  private final LSTM lstm;
  private final LSTM backward;
  private final Linear out;

  RepeatDecoder(int vocabulary, int steps, boolean bidirectional) {
    this.steps = steps;
    this.vocabulary = vocabulary;
    encoder = addChildBlock("encoder", Encoder.build());
    dense =
        addChildBlock(
            "dense",
            new SequentialBlock()
                .add(ai.djl.nn.Blocks.batchFlattenBlock())
                .add(Linear.builder().setUnits(DENSE).build())
                .add(ai.djl.nn.Activation::relu));
    lstm = addChildBlock("lstm", lstm());
    // A bidirectional LSTM built from two one-way LSTMs, the second reading the steps backwards:
    // DJL's own bidirectional LSTM corrupts native memory in backward with PyTorch 2.7.
    backward = bidirectional ? addChildBlock("lstmBackward", lstm()) : null;
    out = addChildBlock("out", Linear.builder().setUnits(vocabulary).build());
  }

  private boolean encoderFrozen;

  /** The encoder, which v2 pre-trains and then freezes. */
  Block encoder() {
    return encoder;
  }

  /** Stops training the encoder: no gradient flows into it any more. */
  void freezeEncoder() {
    encoder.freezeParameters(true);
    encoderFrozen = true;
  }

  private static LSTM lstm() {
    return LSTM.builder().setStateSize(DENSE).setNumLayers(1).optBatchFirst(true).build();
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray grid = encoder.forward(ps, new NDList(inputs.head()), training).head();
    if (encoderFrozen) {
      // no backward pass through frozen convolutions at all (cheaper, and PyTorch's oneDNN
      // kernels crashed computing input gradients for parameters without gradients)
      grid = grid.stopGradient();
    }
    NDArray vector = dense.forward(ps, new NDList(grid), training).head();
    NDArray repeated = vector.expandDims(1).repeat(1, steps);
    NDArray hidden = lstm.forward(ps, new NDList(repeated), training).head();
    if (backward != null) {
      NDArray reversed = backward.forward(ps, new NDList(repeated.flip(1)), training).head();
      hidden = hidden.concat(reversed.flip(1), 2);
    }
    return out.forward(ps, new NDList(hidden), training);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputs) {
    return new Shape[] {new Shape(inputs[0].get(0), steps, vocabulary)};
  }

  @Override
  public void initialize(NDManager manager, DataType dataType, Shape... inputShapes) {
    if (!isInitialized()) {
      super.initialize(manager, dataType, inputShapes);
    }
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputs) {
    Shape image = inputs[0];
    encoder.initialize(manager, dataType, image);
    Shape grid = encoder.getOutputShapes(new Shape[] {image})[0];
    dense.initialize(manager, dataType, grid);
    Shape sequence = new Shape(image.get(0), steps, DENSE);
    lstm.initialize(manager, dataType, sequence);
    if (backward != null) {
      backward.initialize(manager, dataType, sequence);
    }
    out.initialize(
        manager, dataType, new Shape(image.get(0), steps, (backward == null ? 1 : 2) * DENSE));
  }
}

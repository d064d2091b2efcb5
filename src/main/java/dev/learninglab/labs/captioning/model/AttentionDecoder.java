package dev.learninglab.labs.captioning.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * v3: the encoder's 6×6 grid becomes 36 feature vectors, each told its row and column; their mean,
 * through two dense layers, is the LSTM's initial state ("image as initial state"); each step reads
 * the previous word (teacher forcing in training) and the LSTM's output attends softly over the 36
 * grid cells (dot-product attention after the LSTM, as Luong et al.; Show, Attend and Tell feeds
 * the context into the LSTM instead — one call over the whole sequence here keeps training fast on
 * a CPU). The output and its context give the next word's logits.
 *
 * <p>Training input: images {@code (B,3,48,48)} and input words {@code (B,T)}; output logits {@code
 * (B,T,V)}. Decoding goes step by step through {@link #start} and {@link #step}.
 */
final class AttentionDecoder extends AbstractBlock {

  static final int HIDDEN = 128;
  static final int EMBEDDING = 64;

  private final int vocabulary;
  private final SequentialBlock encoder;
  private final Linear project;
  private final Linear initH;
  private final Linear initC;
  private final Linear embed;
  private final LSTM lstm;
  private final Linear combine;
  private final Linear out;

  AttentionDecoder(int vocabulary) {
    this.vocabulary = vocabulary;
    encoder = addChildBlock("encoder", Encoder.build());
    project = addChildBlock("project", Linear.builder().setUnits(HIDDEN).build());
    initH = addChildBlock("initH", Linear.builder().setUnits(HIDDEN).build());
    initC = addChildBlock("initC", Linear.builder().setUnits(HIDDEN).build());
    embed = addChildBlock("embed", Linear.builder().setUnits(EMBEDDING).optBias(false).build());
    lstm =
        addChildBlock(
            "lstm",
            LSTM.builder()
                .setStateSize(HIDDEN)
                .setNumLayers(1)
                .optBatchFirst(true)
                .optReturnState(true)
                .build());
    combine = addChildBlock("combine", Linear.builder().setUnits(HIDDEN).build());
    out = addChildBlock("out", Linear.builder().setUnits(vocabulary).build());
  }

  /**
   * Encodes images: returns {@code [keys (B,N,H), h0 (1,B,H), c0 (1,B,H)]}, what every decoding
   * step needs.
   */
  NDList start(ParameterStore ps, NDArray images, boolean training) {
    NDArray grid = encoder.forward(ps, new NDList(images), training).head(); // (B,C,G,G)
    long b = grid.getShape().get(0);
    NDArray cells = grid.reshape(b, Encoder.CHANNELS, -1).transpose(0, 2, 1); // (B,N,C)
    NDArray where = positions(grid.getManager()).expandDims(0).repeat(0, b); // (B,N,2G)
    NDArray keys =
        Activation.relu(project.forward(ps, new NDList(cells.concat(where, 2)), training).head());
    NDArray mean = keys.mean(new int[] {1});
    NDArray h0 = initH.forward(ps, new NDList(mean), training).head().tanh().expandDims(0);
    NDArray c0 = initC.forward(ps, new NDList(mean), training).head().tanh().expandDims(0);
    return new NDList(keys, h0, c0);
  }

  /**
   * Each cell's row and column as two one-hot codes (CoordConv's idea): convolutions alone hardly
   * know where a feature is, and "to the left of" is all about where.
   */
  private static NDArray positions(ai.djl.ndarray.NDManager manager) {
    int g = Encoder.GRID;
    float[] codes = new float[g * g * 2 * g];
    for (int r = 0; r < g; r++) {
      for (int c = 0; c < g; c++) {
        int cell = r * g + c;
        codes[cell * 2 * g + r] = 1;
        codes[cell * 2 * g + g + c] = 1;
      }
    }
    return manager.create(codes, new Shape(g * g, 2 * g));
  }

  /**
   * Runs words {@code (B,T)} from a state; returns {@code [logits (B,T,V), attention (B,T,N), h,
   * c]}.
   */
  NDList step(ParameterStore ps, NDArray keys, NDArray h, NDArray c, NDArray words, boolean t) {
    NDArray x = embed.forward(ps, new NDList(words.oneHot(vocabulary)), t).head();
    NDList rnn = lstm.forward(ps, new NDList(x, h, c), t);
    NDArray outputs = rnn.get(0); // (B,T,H)
    NDArray scores = outputs.batchMatMul(keys.transpose(0, 2, 1)); // (B,T,N)
    NDArray attention = scores.softmax(2);
    NDArray context = attention.batchMatMul(keys); // (B,T,H)
    NDArray mixed = combine.forward(ps, new NDList(outputs.concat(context, 2)), t).head().tanh();
    NDArray logits = out.forward(ps, new NDList(mixed), t).head();
    return new NDList(logits, attention, rnn.get(1), rnn.get(2));
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    NDList state = start(ps, inputs.get(0), training);
    NDList result = step(ps, state.get(0), state.get(1), state.get(2), inputs.get(1), training);
    return new NDList(result.get(0));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputs) {
    return new Shape[] {new Shape(inputs[1].get(0), inputs[1].get(1), vocabulary)};
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
    long b = image.get(0);
    long steps = inputs[1].get(1);
    long n = (long) Encoder.GRID * Encoder.GRID;
    encoder.initialize(manager, dataType, image);
    project.initialize(manager, dataType, new Shape(b, n, Encoder.CHANNELS + 2L * Encoder.GRID));
    initH.initialize(manager, dataType, new Shape(b, HIDDEN));
    initC.initialize(manager, dataType, new Shape(b, HIDDEN));
    embed.initialize(manager, dataType, new Shape(b, steps, vocabulary));
    lstm.initialize(manager, dataType, new Shape(b, steps, EMBEDDING));
    combine.initialize(manager, dataType, new Shape(b, steps, 2 * HIDDEN));
    out.initialize(manager, dataType, new Shape(b, steps, HIDDEN));
  }
}

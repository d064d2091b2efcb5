package dev.learninglab.labs.iin.model.ae;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import dev.learninglab.core.compute.CheckpointCard;
import dev.learninglab.core.compute.CheckpointFolder;
import dev.learninglab.core.compute.Compute;
import dev.learninglab.labs.iin.model.data.ColourDigits;
import java.io.IOException;

/**
 * A trained stage 1 held in memory: the autoencoder whose code the IIN interprets, and the digit
 * oracle that judges the results. Loaded from (or written as) one checkpoint folder.
 */
public final class StageOne implements AutoCloseable {
  public static final String LAB = "iin";
  private static final int EVAL_BATCH = 500;

  private final Model model;
  private final Autoencoder autoencoder;
  private final DigitOracle oracle;
  private final StageOneCard card;

  StageOne(Model model, Autoencoder autoencoder, DigitOracle oracle, StageOneCard card) {
    this.model = model;
    this.autoencoder = autoencoder;
    this.oracle = oracle;
    this.card = card;
  }

  /** Reads the stage-1 checkpoint in {@code folder}; refuses one of another kind. */
  public static StageOne load(CheckpointFolder folder) throws IOException {
    CheckpointCard card = folder.card(LAB);
    StageOneCard own = card.model(StageOneCard.class, folder.where(folder.cardName()));
    if (!StageOneCard.KIND.equals(own.kind()) || card.members() != 2) {
      throw new IOException(
          folder.where(folder.cardName())
              + " is not an autoencoder of this lab (it says kind "
              + own.kind()
              + ")");
    }
    return loadMembers(folder, own);
  }

  /**
   * Reads members 0 (autoencoder) and 1 (oracle) of {@code folder}, whichever kind of model of this
   * lab it holds.
   */
  public static StageOne loadMembers(CheckpointFolder folder, StageOneCard own) throws IOException {
    Model model = Model.newInstance("iin-stage-one", Compute.device(), Compute.PYTORCH);
    try {
      Autoencoder ae = new Autoencoder();
      DigitOracle oracle = new DigitOracle();
      NDManager m = model.getNDManager();
      ae.block().initialize(m, DataType.FLOAT32, Autoencoder.inputShape(1));
      oracle.block().initialize(m, DataType.FLOAT32, DigitOracle.inputShape(1));
      folder.loadWeights(0, ae.block(), m);
      folder.loadWeights(1, oracle.block(), m);
      return new StageOne(model, ae, oracle, own);
    } catch (IOException | RuntimeException e) {
      model.close();
      throw e;
    }
  }

  public StageOneCard card() {
    return card;
  }

  public Autoencoder autoencoder() {
    return autoencoder;
  }

  public DigitOracle oracle() {
    return oracle;
  }

  public NDManager manager() {
    return model.getNDManager();
  }

  /** The blocks a checkpoint saves, in member order. */
  public java.util.List<ai.djl.nn.Block> members() {
    return java.util.List.of(autoencoder.block(), oracle.block());
  }

  /** Codes (n × 64) of {@code n} colour images given channels-first, image after image. */
  public float[] encode(float[] images, int n) {
    float[] out = new float[n * Autoencoder.CODE];
    try (NDManager scope = model.getNDManager().newSubManager()) {
      ParameterStore store = new ParameterStore(scope, false);
      for (int from = 0; from < n; from += EVAL_BATCH) {
        int m = Math.min(EVAL_BATCH, n - from);
        try (NDManager batch = scope.newSubManager()) {
          float[] part =
              java.util.Arrays.copyOfRange(
                  images, from * ColourDigits.PIXELS, (from + m) * ColourDigits.PIXELS);
          NDArray x = batch.create(part, Autoencoder.inputShape(m));
          System.arraycopy(
              autoencoder.encode(store, x).toFloatArray(),
              0,
              out,
              from * Autoencoder.CODE,
              m * Autoencoder.CODE);
        }
      }
    }
    return out;
  }

  /** Images (channels first, clipped to 0–1) decoded from {@code n} codes. */
  public float[] decode(float[] codes, int n) {
    try (NDManager scope = model.getNDManager().newSubManager()) {
      ParameterStore store = new ParameterStore(scope, false);
      return autoencoder
          .decode(store, scope.create(codes, new Shape(n, Autoencoder.CODE)))
          .clip(0f, 1f)
          .toFloatArray();
    }
  }

  /** The oracle's digit for each of {@code n} colour images. */
  public int[] digits(float[] images, int n) {
    try (NDManager scope = model.getNDManager().newSubManager()) {
      return oracle.classify(
          new ParameterStore(scope, false), scope.create(images, Autoencoder.inputShape(n)));
    }
  }

  @Override
  public void close() {
    model.close();
  }
}

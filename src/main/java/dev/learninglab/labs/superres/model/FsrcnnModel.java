package dev.learninglab.labs.superres.model;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import dev.learninglab.core.compute.CheckpointFolder;
import dev.learninglab.core.compute.Compute;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/** An FSRCNN held by DJL's PyTorch engine: training target and the default inference engine. */
public final class FsrcnnModel implements LumaNetwork {

  private final FsrcnnConfig config;
  private final Model model;

  private FsrcnnModel(FsrcnnConfig config, Model model) {
    this.config = config;
    this.model = model;
  }

  /** A freshly initialised network; {@code seed} makes the initial weights repeatable. */
  public static FsrcnnModel create(FsrcnnConfig config, int seed) {
    Compute.seed(seed);
    Model model = Model.newInstance("fsrcnn-x" + config.scale(), Compute.device(), Compute.PYTORCH);
    model.setBlock(Fsrcnn.build(config));
    model.getBlock().initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 1, 16, 16));
    return new FsrcnnModel(config, model);
  }

  /** A network of {@code config} with the weights of {@code checkpoint}. */
  public static FsrcnnModel load(FsrcnnConfig config, CheckpointFolder checkpoint)
      throws IOException {
    FsrcnnModel m = create(config, 0);
    try {
      checkpoint.loadWeights(0, m.model.getBlock(), m.model.getNDManager());
    } catch (IOException | RuntimeException e) {
      m.close();
      throw e instanceof IOException io
          ? io
          : new IOException(checkpoint.where(checkpoint.weightsName(0)) + ": " + e.getMessage(), e);
    }
    return m;
  }

  /**
   * Copies every layer but the deconvolution from {@code other}, a network of the same d, s and m
   * for any scale: the layers before the deconvolution do not depend on the scale, which is how the
   * paper trains ×2 and ×4 quickly from a ×3 network.
   */
  public void copyConvolutionsFrom(FsrcnnModel other) throws IOException {
    FsrcnnConfig c = other.config;
    if (c.d() != config.d() || c.s() != config.s() || c.m() != config.m()) {
      throw new IllegalArgumentException(
          "cannot start FSRCNN(%d,%d,%d) from FSRCNN(%d,%d,%d): d, s and m must match"
              .formatted(config.d(), config.s(), config.m(), c.d(), c.s(), c.m()));
    }
    List<Block> from = other.model.getBlock().getChildren().values();
    List<Block> to = model.getBlock().getChildren().values();
    for (int i = 0; i < to.size() - 1; i++) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      from.get(i).saveParameters(new DataOutputStream(bytes));
      try {
        to.get(i)
            .loadParameters(
                model.getNDManager(),
                new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
      } catch (MalformedModelException e) {
        throw new IOException("layer " + i + " could not be copied: " + e.getMessage(), e);
      }
    }
  }

  public FsrcnnConfig config() {
    return config;
  }

  /** The DJL model, for training. */
  public Model djlModel() {
    return model;
  }

  @Override
  public int scale() {
    return config.scale();
  }

  @Override
  public int receptiveRadius() {
    return config.receptiveRadius();
  }

  @Override
  public float[] forward(float[] tile, int w, int h) {
    try (NDManager scope = model.getNDManager().newSubManager()) {
      NDArray x = scope.create(tile, new Shape(1, 1, h, w));
      NDList y = model.getBlock().forward(new ParameterStore(scope, false), new NDList(x), false);
      return y.singletonOrThrow().toFloatArray();
    }
  }

  @Override
  public String engine() {
    return Compute.PYTORCH;
  }

  @Override
  public void close() {
    model.close();
  }
}

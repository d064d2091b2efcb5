package dev.learninglab.labs.superres.model;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import dev.learninglab.core.compute.Compute;
import dev.learninglab.core.compute.ParameterFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

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

  /** A network with parameters read from {@code in}; {@code where} names the source in errors. */
  public static FsrcnnModel load(FsrcnnConfig config, InputStream in, String where)
      throws IOException {
    FsrcnnModel m = create(config, 0);
    try {
      ParameterFiles.load(m.model.getBlock(), m.model.getNDManager(), in, where);
    } catch (IOException | RuntimeException e) {
      m.close();
      throw e instanceof IOException io ? io : new IOException(where + ": " + e.getMessage(), e);
    }
    return m;
  }

  /** Saves the parameters (see {@link ModelCard} for the description beside them). */
  public void save(Path params) throws IOException {
    ParameterFiles.save(model.getBlock(), params);
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

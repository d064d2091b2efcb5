package dev.learninglab.labs.superres.model;

import ai.djl.ndarray.types.Shape;
import dev.learninglab.core.compute.Compute;
import dev.learninglab.core.compute.onnx.OnnxRuntimeRunner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** An FSRCNN exported to ONNX and run by DJL's ONNX Runtime engine. */
public final class OnnxNetwork implements LumaNetwork {

  private final OnnxRuntimeRunner runner;
  private final int scale;
  private final int radius;

  private OnnxNetwork(OnnxRuntimeRunner runner, FsrcnnConfig config) {
    this.runner = runner;
    this.scale = config.scale();
    this.radius = config.receptiveRadius();
  }

  /**
   * Loads an exported FSRCNN from {@code onnx} (named {@code name} in messages) without the PyTorch
   * engine; {@code config} tells its scale and receptive field.
   */
  public static OnnxNetwork load(InputStream onnx, String name, FsrcnnConfig config)
      throws IOException {
    return new OnnxNetwork(new OnnxRuntimeRunner(onnx, name), config);
  }

  /**
   * Exports {@code model}, already in the PyTorch engine, to a temporary file and loads that into
   * ONNX Runtime (the notebook's and the benchmarks' comparison of the two engines; the lab serves
   * exported files, see {@link ModelLibrary#openOnnx}).
   */
  public static OnnxNetwork of(FsrcnnModel model) throws IOException {
    Path file = Files.createTempFile("fsrcnn-x" + model.scale(), ".onnx");
    try {
      FsrcnnOnnx.export(model, file);
      return new OnnxNetwork(new OnnxRuntimeRunner(file), model.config());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Override
  public int scale() {
    return scale;
  }

  @Override
  public int receptiveRadius() {
    return radius;
  }

  @Override
  public float[] forward(float[] tile, int w, int h) {
    return runner.run(tile, new Shape(1, 1, h, w));
  }

  @Override
  public String engine() {
    return Compute.ONNX_RUNTIME;
  }

  @Override
  public void close() {
    runner.close();
  }
}

package dev.learninglab.core.compute.onnx;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import dev.learninglab.core.compute.Compute;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs an ONNX file through DJL's ONNX Runtime engine: one float tensor in, the first output
 * back as floats. Used to check exported networks against the PyTorch engine and to serve them.
 */
public final class OnnxRuntimeRunner implements AutoCloseable {

  private final Model model;
  private final Predictor<NDList, NDList> predictor;

  /** Loads {@code file} (a .onnx model). */
  public OnnxRuntimeRunner(Path file) throws IOException {
    model = Model.newInstance(file.getFileName().toString(), Device.cpu(), Compute.ONNX_RUNTIME);
    try {
      model.load(file);
    } catch (MalformedModelException | RuntimeException e) {
      model.close();
      throw new IOException("ONNX model " + file + " could not be loaded: " + e.getMessage(), e);
    }
    predictor = model.newPredictor(new NoopTranslator());
  }

  /** The output for an input of the given shape. */
  public float[] run(float[] input, Shape shape) {
    try (NDManager scope = model.getNDManager().newSubManager()) {
      NDArray x = scope.create(input, shape);
      return predictor.predict(new NDList(x)).head().toFloatArray();
    } catch (TranslateException e) {
      throw new IllegalStateException("ONNX Runtime failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    predictor.close();
    model.close();
  }
}

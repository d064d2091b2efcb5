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
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.learninglab.core.compute.Compute;
import dev.learninglab.core.compute.ComputeSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs an ONNX file through DJL's ONNX Runtime engine: one float tensor in, the first output back
 * as floats. Used to check exported networks against the PyTorch engine and to serve them.
 */
public final class OnnxRuntimeRunner implements AutoCloseable {

  static {
    // Otherwise DJL's ONNX Runtime engine starts the PyTorch engine as its "alternative" to make
    // the input arrays: a second native engine loaded, seconds and hundreds of MB, for nothing.
    // Read once, at the engine's first use, which is here.
    System.setProperty("ai.djl.onnx.disable_alternative", "true");
  }

  private final Model model;
  private final OrtSession.SessionOptions options;
  private final Predictor<NDList, NDList> predictor;

  /**
   * Loads {@code file} (a .onnx model) for {@link ComputeSettings#current()}'s threads, whose waits
   * sleep instead of spinning.
   */
  public OnnxRuntimeRunner(Path file) throws IOException {
    this(file.getFileName().toString(), file.toString(), (m, o) -> m.load(file, null, o));
  }

  /**
   * Loads a .onnx model from {@code onnx} (read to its end, not closed), named {@code name} in
   * messages; threads as for a file.
   */
  public OnnxRuntimeRunner(InputStream onnx, String name) throws IOException {
    this(name, name, (m, o) -> m.load(onnx, o));
  }

  /** How a model's bytes reach ONNX Runtime, given the session options. */
  private interface Loader {
    void load(Model model, Map<String, ?> options) throws IOException, MalformedModelException;
  }

  private OnnxRuntimeRunner(String name, String source, Loader loader) throws IOException {
    model = Model.newInstance(name, Device.cpu(), Compute.ONNX_RUNTIME);
    try {
      options = sessionOptions(ComputeSettings.current().threads());
    } catch (OrtException e) {
      model.close();
      throw new IOException("ONNX Runtime refused the session options: " + e.getMessage(), e);
    }
    try {
      loader.load(model, Map.of("sessionOptions", options));
    } catch (MalformedModelException | RuntimeException e) {
      model.close();
      options.close();
      throw new IOException("ONNX model " + source + " could not be loaded: " + e.getMessage(), e);
    }
    predictor = model.newPredictor(new NoopTranslator());
  }

  /**
   * {@code threads} intra-op threads, one inter-op thread, and no spinning: by default ONNX
   * Runtime's idle threads spin for work, which takes a core from whoever else runs (see {@link
   * dev.learninglab.core.compute.FreeCores}).
   */
  static OrtSession.SessionOptions sessionOptions(int threads) throws OrtException {
    OrtSession.SessionOptions o = new OrtSession.SessionOptions();
    try {
      o.setIntraOpNumThreads(threads);
      o.setInterOpNumThreads(1);
      o.addConfigEntry("session.intra_op.allow_spinning", "0");
      o.addConfigEntry("session.inter_op.allow_spinning", "0");
      return o;
    } catch (OrtException e) {
      o.close();
      throw e;
    }
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
    options.close();
  }
}

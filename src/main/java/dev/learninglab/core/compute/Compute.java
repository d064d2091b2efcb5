package dev.learninglab.core.compute;

import ai.djl.Device;
import ai.djl.engine.Engine;

/**
 * Loads DJL's PyTorch engine on first use (never at application start), checks it against known
 * answers ({@link EngineTrust}) and chooses the device: the first GPU when the engine sees one, the
 * CPU otherwise or when {@link ComputeSettings} forces it.
 */
public final class Compute {

  /** Engine name DJL uses for PyTorch. */
  public static final String PYTORCH = "PyTorch";

  /** Engine name DJL uses for ONNX Runtime. */
  public static final String ONNX_RUNTIME = "OnnxRuntime";

  private static volatile Engine engine;

  private Compute() {}

  /** The PyTorch engine, loaded from the bundled natives the first time it is asked for. */
  public static Engine engine() {
    Engine e = engine;
    if (e == null) {
      synchronized (Compute.class) {
        if (engine == null) {
          ComputeSettings.current().applyToEngineProperties();
          Engine loaded = Engine.getEngine(PYTORCH);
          EngineTrust.verify(loaded);
          engine = loaded;
        }
        e = engine;
      }
    }
    return e;
  }

  /** The device models should live on under the current settings. */
  public static Device device() {
    Engine e = engine();
    if (!ComputeSettings.current().forceCpu() && e.getGpuCount() > 0) {
      return Device.gpu(0);
    }
    return Device.cpu();
  }

  /** Seeds PyTorch's generator so that initialisation and dropout repeat from run to run. */
  public static void seed(int seed) {
    engine().setRandomSeed(seed);
  }
}

package dev.learninglab.core.compute;

import static dev.learninglab.core.i18n.CoreTexts.T;

import ai.djl.engine.Engine;

/**
 * What the compute stack is, for {@code learning-lab info} and the labs' status lines: DJL version,
 * engine and its version, the chosen device, and PyTorch's thread count.
 */
public record ComputeInfo(
    String djlVersion, String engine, String engineVersion, String device, int gpus, int threads) {

  /** Loads the engine if needed and describes it. */
  public static ComputeInfo describe() {
    Engine e = Compute.engine();
    return new ComputeInfo(
        Engine.getDjlVersion(),
        e.getEngineName(),
        e.getVersion(),
        Compute.device().toString(),
        e.getGpuCount(),
        ComputeSettings.current().threads());
  }

  /** One line for status bars: "DJL 0.36.0 · PyTorch 2.7.1 · cpu() · 2 threads" (or 1 thread). */
  public String summary() {
    return T.get(
        "core.compute.summary", djlVersion, engine, engineVersion, String.valueOf(device), threads);
  }
}

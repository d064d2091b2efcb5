package dev.learninglab.labs.superres.model;

/**
 * A super-resolution network on one luma tile, whatever engine runs it (DJL PyTorch or ONNX
 * Runtime). Values are on the 0–1 scale; {@link TiledUpscaler} handles scaling and tiling.
 */
public interface LumaNetwork extends AutoCloseable {

  /** The up-scaling factor. */
  int scale();

  /** How many low-resolution pixels around a pixel influence its output. */
  int receptiveRadius();

  /** Up-scales a {@code w}×{@code h} tile (row-major) to (w·scale)×(h·scale). */
  float[] forward(float[] tile, int w, int h);

  /** Which engine computes: "PyTorch" or "OnnxRuntime". */
  String engine();

  @Override
  void close();
}

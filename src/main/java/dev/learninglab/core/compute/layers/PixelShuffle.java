package dev.learninglab.core.compute.layers;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * Depth-to-space: (N, C·r², H, W) → (N, C, H·r, W·r), with PyTorch's {@code pixel_shuffle}
 * ordering (ONNX {@code DepthToSpace} mode CRD): input channel {@code c·r² + i·r + j} lands at
 * output row {@code h·r + i}, column {@code w·r + j} of channel {@code c}.
 */
public final class PixelShuffle {

  private PixelShuffle() {}

  /** Rearranges {@code x} by factor {@code r}. */
  public static NDArray apply(NDArray x, int r) {
    Shape s = x.getShape();
    if (s.dimension() != 4 || s.get(1) % ((long) r * r) != 0) {
      throw new IllegalArgumentException(
          "pixel shuffle by " + r + " needs (N, C·" + r * r + ", H, W), got " + s);
    }
    long n = s.get(0);
    long c = s.get(1) / ((long) r * r);
    long h = s.get(2);
    long w = s.get(3);
    return x.reshape(n, c, r, r, h, w)
        .transpose(0, 1, 4, 2, 5, 3)
        .reshape(n, c, h * r, w * r);
  }
}

package dev.learninglab.core.compute.layers;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A 2-D transposed convolution (PyTorch {@code ConvTranspose2d(in, out, k, stride=r, padding=k/2,
 * output_padding=r-1)}, output exactly r times the input) computed as an ordinary convolution
 * producing {@code out·r²} channels followed by a {@link PixelShuffle}.
 *
 * <p>DJL's PyTorch engine throws "Not implemented" for {@code Conv2dTranspose}, so this block keeps
 * the transposed-convolution weights W (in, out, k, k) as its parameter, the way the papers define
 * and initialise them, and derives the sub-pixel convolution kernel from them at every forward
 * pass, differentiably. Output pixel {@code y = Y·r + i} of a transposed convolution receives
 * {@code x[h]·W[k]} for {@code y = h·r − p + k}; writing {@code h = Y + u} gives {@code k = −u·r +
 * i + p}. So phase i of the output is a plain correlation of the input with the kernel {@code
 * g_i[u] = W[−u·r + i + p]} (zero where that index leaves [0, k)), over offsets {@code |u| ≤ R}.
 * With a 0/1 selection matrix A of shape (r·(2R+1), k) holding those picks, the 2-D kernel is
 * {@code A · W · Aᵀ}, rearranged to channel order {@code c·r² + i·r + j}. See
 * docs/decisions/0007-superres-subpixel-deconvolution.md.
 */
public final class SubPixelDeconvolution extends AbstractBlock {

  private static final byte VERSION = 1;
  private final int inChannels;
  private final int outChannels;
  private final int kernel;
  private final int stride;
  private final int radius;
  private final Parameter weight;
  private final Parameter bias;

  /** A transposed convolution {@code in → out} with a square kernel and stride {@code r}. */
  public SubPixelDeconvolution(int inChannels, int outChannels, int kernel, int stride) {
    super(VERSION);
    this.inChannels = inChannels;
    this.outChannels = outChannels;
    this.kernel = kernel;
    this.stride = stride;
    this.radius = radius(kernel, stride);
    weight =
        addParameter(
            Parameter.builder()
                .setName("weight")
                .setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(inChannels, outChannels, kernel, kernel))
                .build());
    bias =
        addParameter(
            Parameter.builder()
                .setName("bias")
                .setType(Parameter.Type.BIAS)
                .optShape(new Shape(outChannels))
                .build());
  }

  /** The reach R of the equivalent convolution: its kernel is (2R+1)², its padding R. */
  public static int radius(int kernel, int stride) {
    int p = kernel / 2;
    int r = 0;
    for (int i = 0; i < stride; i++) {
      r =
          Math.max(
              r, Math.max(Math.floorDiv(i + p, stride), Math.floorDiv(kernel - 1 - p - i, stride)));
    }
    return r;
  }

  /** The transposed-convolution weights (in, out, k, k). */
  public Parameter weight() {
    return weight;
  }

  /** The bias, one per output channel. */
  public Parameter bias() {
    return bias;
  }

  /** The scale factor r. */
  public int stride() {
    return stride;
  }

  /** The equivalent convolution's reach R (kernel 2R+1, padding R). */
  public int radius() {
    return radius;
  }

  /**
   * The convolution kernel (out·r², in, 2R+1, 2R+1) equivalent to the transposed-convolution
   * weights {@code w} (in, out, k, k), created on {@code manager}.
   */
  public NDArray convolutionWeight(NDManager manager, NDArray w) {
    int size = 2 * radius + 1;
    // every op starts from the selection matrix, so its results live on the caller's manager
    // (not the model's) and are freed with the batch
    NDArray a = selection(manager).toDevice(w.getDevice(), false);
    NDArray picked = a.matMul(w).matMul(a.transpose()); // (in, out, r·size, r·size)
    return picked
        .reshape(inChannels, outChannels, stride, size, stride, size)
        .transpose(1, 2, 4, 0, 3, 5)
        .reshape((long) outChannels * stride * stride, inChannels, size, size);
  }

  /**
   * The convolution bias (out·r²), created on {@code manager}: every phase of a channel shares that
   * channel's bias.
   */
  public NDArray convolutionBias(NDManager manager, NDArray b) {
    int phases = stride * stride;
    float[] e = new float[outChannels * phases * outChannels];
    for (int c = 0; c < outChannels; c++) {
      for (int k = 0; k < phases; k++) {
        e[(c * phases + k) * outChannels + c] = 1f;
      }
    }
    NDArray spread = manager.create(e, new Shape((long) outChannels * phases, outChannels));
    return spread.toDevice(b.getDevice(), false).matMul(b);
  }

  private NDArray selection(NDManager manager) {
    int size = 2 * radius + 1;
    int p = kernel / 2;
    float[] a = new float[stride * size * kernel];
    for (int i = 0; i < stride; i++) {
      for (int row = 0; row < size; row++) {
        int k = -(row - radius) * stride + i + p;
        if (k >= 0 && k < kernel) {
          a[(i * size + row) * kernel + k] = 1f;
        }
      }
    }
    return manager.create(a, new Shape((long) stride * size, kernel));
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    NDArray w = store.getValue(weight, x.getDevice(), training);
    NDArray b = store.getValue(bias, x.getDevice(), training);
    NDArray y =
        Conv2d.conv2d(
                x,
                convolutionWeight(x.getManager(), w),
                convolutionBias(x.getManager(), b),
                new Shape(1, 1),
                new Shape(radius, radius),
                new Shape(1, 1),
                1)
            .singletonOrThrow();
    return new NDList(PixelShuffle.apply(y, stride));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape s = inputShapes[0];
    return new Shape[] {new Shape(s.get(0), outChannels, s.get(2) * stride, s.get(3) * stride)};
  }
}

package dev.learninglab.core.compute;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import dev.learninglab.core.compute.layers.PixelShuffle;
import java.util.List;
import java.util.Random;

/**
 * The operations the labs build their networks from, each on small fixed inputs shaped like the
 * labs' own (FSRCNN's one-channel 5×5 feature extraction, its 1×1 shrinking, the sub-pixel
 * deconvolution, the captioning LSTM, the molecule graphs' sparse sums) and with its known answer.
 */
final class KnownAnswers {
  private KnownAnswers() {}

  static List<KnownAnswer> all() {
    Random random = new Random(20261207);
    return List.of(
        convolution("convolution 5×5, 1→8 channels", random, 2, 1, 8, 13, 17, 5),
        convolution("convolution 1×1, 16→4 channels", random, 1, 16, 4, 9, 11, 1),
        convolution("convolution 3×3, 4→4 channels", random, 3, 4, 4, 8, 7, 3),
        convolutionGradient(random),
        subPixelConvolution(random),
        prelu(random),
        linear(random),
        softmax(random),
        scatterAdd(random),
        lstm(random));
  }

  private static KnownAnswer convolution(
      String name, Random random, int n, int c, int o, int h, int w, int size) {
    float[] x = gaussian(random, n * c * h * w);
    float[] k = gaussian(random, o * c * size * size);
    float[] b = gaussian(random, o);
    double[] expected = ReferenceMath.conv2d(x, n, c, h, w, k, o, size, b, size / 2);
    return new KnownAnswer(
        name,
        m -> conv(m, x, new Shape(n, c, h, w), k, new Shape(o, c, size, size), b).toFloatArray(),
        expected);
  }

  private static KnownAnswer convolutionGradient(Random random) {
    int n = 2, c = 3, o = 4, h = 9, w = 8, size = 3;
    float[] x = gaussian(random, n * c * h * w);
    float[] k = gaussian(random, o * c * size * size);
    float[] g = gaussian(random, n * o * h * w);
    double[] expected = ReferenceMath.conv2dKernelGradient(x, n, c, h, w, g, o, size);
    return new KnownAnswer(
        "convolution gradient 3×3, 3→4 channels",
        m -> {
          NDArray kernel = m.create(k, new Shape(o, c, size, size));
          kernel.setRequiresGradient(true);
          try (GradientCollector collector = m.getEngine().newGradientCollector()) {
            NDArray y =
                Conv2d.conv2d(
                        m.create(x, new Shape(n, c, h, w)),
                        kernel,
                        m.zeros(new Shape(o)),
                        new Shape(1, 1),
                        new Shape(1, 1),
                        new Shape(1, 1))
                    .singletonOrThrow();
            collector.backward(y.mul(m.create(g, new Shape(n, o, h, w))).sum());
          }
          return kernel.getGradient().toFloatArray();
        },
        expected);
  }

  private static KnownAnswer subPixelConvolution(Random random) {
    int r = 3, c = 2, h = 5, w = 7;
    float[] x = gaussian(random, c * r * r * h * w);
    double[] expected = ReferenceMath.pixelShuffle(x, 1, c, h, w, r);
    return new KnownAnswer(
        "sub-pixel rearrangement ×3",
        m -> PixelShuffle.apply(m.create(x, new Shape(1, c * r * r, h, w)), r).toFloatArray(),
        expected);
  }

  private static KnownAnswer prelu(Random random) {
    int n = 2, c = 5, plane = 12;
    float[] x = gaussian(random, n * c * plane);
    float[] a = gaussian(random, c);
    double[] expected = ReferenceMath.prelu(x, n, c, plane, a);
    return new KnownAnswer(
        "PReLU, one slope per channel",
        m -> {
          NDArray in = m.create(x, new Shape(n, c, 3, 4));
          NDArray slopes = m.create(a, new Shape(1, c, 1, 1));
          return in.maximum(0f).add(in.minimum(0f).mul(slopes)).toFloatArray();
        },
        expected);
  }

  private static KnownAnswer linear(Random random) {
    int rows = 6, in = 20, out = 7;
    float[] x = gaussian(random, rows * in);
    float[] wt = gaussian(random, out * in);
    float[] b = gaussian(random, out);
    double[] expected = ReferenceMath.linear(x, rows, in, wt, b, out);
    return new KnownAnswer(
        "linear 20→7",
        m ->
            Linear.linear(
                    m.create(x, new Shape(rows, in)), m.create(wt, new Shape(out, in)), m.create(b))
                .singletonOrThrow()
                .toFloatArray(),
        expected);
  }

  private static KnownAnswer softmax(Random random) {
    int rows = 4, cols = 30;
    float[] x = gaussian(random, rows * cols);
    double[] expected = ReferenceMath.softmax(x, rows, cols);
    return new KnownAnswer(
        "softmax over 30 words",
        m -> m.create(x, new Shape(rows, cols)).softmax(1).toFloatArray(),
        expected);
  }

  private static KnownAnswer scatterAdd(Random random) {
    int atoms = 9, cols = 6, edges = 20;
    long[] row = new long[edges];
    long[] col = new long[edges];
    float[] values = gaussian(random, edges);
    for (int e = 0; e < edges; e++) {
      row[e] = random.nextInt(atoms);
      col[e] = random.nextInt(atoms);
    }
    float[] dense = gaussian(random, atoms * cols);
    double[] expected = ReferenceMath.scatterAdd(row, col, values, atoms, dense, cols);
    return new KnownAnswer(
        "sparse scatter-add (graph message passing)",
        m ->
            SparseArrays.coo(m, row, col, values, new Shape(atoms, atoms))
                .matMul(m.create(dense, new Shape(atoms, cols)))
                .toFloatArray(),
        expected);
  }

  private static KnownAnswer lstm(Random random) {
    int batch = 2, steps = 4, in = 5, hidden = 3;
    float[] x = gaussian(random, batch * steps * in);
    float[] wIh = gaussian(random, 4 * hidden * in);
    float[] wHh = gaussian(random, 4 * hidden * hidden);
    float[] bIh = gaussian(random, 4 * hidden);
    float[] bHh = gaussian(random, 4 * hidden);
    double[] expected = ReferenceMath.lstm(x, batch, steps, in, hidden, wIh, wHh, bIh, bHh);
    return new KnownAnswer(
        "LSTM, 4 steps",
        m -> {
          NDArray input = m.create(x, new Shape(batch, steps, in));
          NDList state =
              new NDList(
                  m.zeros(new Shape(1, batch, hidden)), m.zeros(new Shape(1, batch, hidden)));
          NDList weights =
              new NDList(
                  m.create(wIh, new Shape(4 * hidden, in)),
                  m.create(wHh, new Shape(4 * hidden, hidden)),
                  m.create(bIh),
                  m.create(bHh));
          return input
              .getNDArrayInternal()
              .lstm(input, state, weights, true, 1, 0, false, false, true)
              .get(0)
              .toFloatArray();
        },
        expected);
  }

  private static NDArray conv(
      NDManager m, float[] x, Shape xShape, float[] k, Shape kShape, float[] b) {
    long pad = kShape.get(2) / 2;
    return Conv2d.conv2d(
            m.create(x, xShape),
            m.create(k, kShape),
            m.create(b),
            new Shape(1, 1),
            new Shape(pad, pad),
            new Shape(1, 1))
        .singletonOrThrow();
  }

  private static float[] gaussian(Random random, int count) {
    float[] values = new float[count];
    for (int i = 0; i < count; i++) {
      values[i] = (float) random.nextGaussian();
    }
    return values;
  }
}

package dev.learninglab.labs.audio.model;

/**
 * A feature over time as librosa lays it out: {@code values[row][frame]}, rows being frequency
 * bins, pitch classes, mel bands or coefficients. Sums are accumulated in double.
 */
public record FrameMatrix(float[][] values) {

  public int rows() {
    return values.length;
  }

  public int frames() {
    return values.length == 0 ? 0 : values[0].length;
  }

  public float get(int row, int frame) {
    return values[row][frame];
  }

  public double sum() {
    double s = 0;
    for (float[] row : values) {
      for (float v : row) {
        s += v;
      }
    }
    return s;
  }

  public float max() {
    float m = Float.NEGATIVE_INFINITY;
    for (float[] row : values) {
      for (float v : row) {
        m = Math.max(m, v);
      }
    }
    return m;
  }

  public float min() {
    float m = Float.POSITIVE_INFINITY;
    for (float[] row : values) {
      for (float v : row) {
        m = Math.min(m, v);
      }
    }
    return m;
  }

  /** The mean of each row over all frames (e.g. the mean chroma per pitch class). */
  public double[] rowMeans() {
    double[] means = new double[rows()];
    for (int r = 0; r < rows(); r++) {
      double s = 0;
      for (float v : values[r]) {
        s += v;
      }
      means[r] = frames() == 0 ? 0 : s / frames();
    }
    return means;
  }

  /** The transpose, {@code [frame][row]}, copied in tiles so that both sides stay in cache. */
  public float[][] transposed() {
    return transpose(values, rows(), frames());
  }

  /** Transposes {@code a} (r x c) in 64 x 64 tiles. */
  static float[][] transpose(float[][] a, int r, int c) {
    float[][] out = new float[c][r];
    for (int i0 = 0; i0 < r; i0 += 64) {
      for (int j0 = 0; j0 < c; j0 += 64) {
        int i1 = Math.min(r, i0 + 64);
        int j1 = Math.min(c, j0 + 64);
        for (int i = i0; i < i1; i++) {
          float[] row = a[i];
          for (int j = j0; j < j1; j++) {
            out[j][i] = row[j];
          }
        }
      }
    }
    return out;
  }

  /** Element-wise square, in float32 as numpy's {@code S**2} on a float32 array. */
  public FrameMatrix squared() {
    float[][] out = new float[rows()][];
    for (int r = 0; r < rows(); r++) {
      out[r] = new float[values[r].length];
      for (int t = 0; t < out[r].length; t++) {
        out[r][t] = values[r][t] * values[r][t];
      }
    }
    return new FrameMatrix(out);
  }

  /**
   * {@code weights (k x rows) @ this}, as librosa's float32 einsum of a filter bank with a
   * spectrogram; accumulated in float like BLAS's sgemm, in a loop the JIT vectorises.
   */
  public FrameMatrix project(float[][] weights) {
    int frames = frames();
    float[][] out = new float[weights.length][frames];
    // each output row is independent: long clips use every core
    java.util.stream.IntStream.range(0, weights.length)
        .parallel()
        .forEach(
            k -> {
              float[] acc = out[k];
              float[] w = weights[k];
              for (int f = 0; f < w.length; f++) {
                float wf = w[f];
                if (wf == 0f) {
                  continue;
                }
                float[] row = values[f];
                for (int t = 0; t < frames; t++) {
                  acc[t] += wf * row[t];
                }
              }
            });
    return new FrameMatrix(out);
  }
}

package dev.learninglab.core.compute;

/**
 * The operations the labs ask of PyTorch, computed plainly in double precision: the known answers
 * the engine is checked against. Arrays are row-major, NCHW for images.
 */
final class ReferenceMath {
  private ReferenceMath() {}

  /** Stride-1 convolution with zero padding {@code pad}: x[n,c,h,w] * k[o,c,kh,kw] + b[o]. */
  static double[] conv2d(
      float[] x, int n, int c, int h, int w, float[] k, int o, int size, float[] b, int pad) {
    int oh = h + 2 * pad - size + 1;
    int ow = w + 2 * pad - size + 1;
    double[] y = new double[n * o * oh * ow];
    for (int ni = 0; ni < n; ni++) {
      for (int oi = 0; oi < o; oi++) {
        for (int i = 0; i < oh; i++) {
          for (int j = 0; j < ow; j++) {
            double sum = b[oi];
            for (int ci = 0; ci < c; ci++) {
              for (int u = 0; u < size; u++) {
                for (int v = 0; v < size; v++) {
                  int ii = i + u - pad;
                  int jj = j + v - pad;
                  if (ii >= 0 && jj >= 0 && ii < h && jj < w) {
                    sum +=
                        (double) k[((oi * c + ci) * size + u) * size + v]
                            * x[((ni * c + ci) * h + ii) * w + jj];
                  }
                }
              }
            }
            y[((ni * o + oi) * oh + i) * ow + j] = sum;
          }
        }
      }
    }
    return y;
  }

  /**
   * The gradient of sum(conv2d(x, k) · g) with respect to the kernel k, for a same-size convolution
   * ({@code pad = size / 2}).
   */
  static double[] conv2dKernelGradient(
      float[] x, int n, int c, int h, int w, float[] g, int o, int size) {
    int pad = size / 2;
    double[] grad = new double[o * c * size * size];
    for (int oi = 0; oi < o; oi++) {
      for (int ci = 0; ci < c; ci++) {
        for (int u = 0; u < size; u++) {
          for (int v = 0; v < size; v++) {
            double sum = 0;
            for (int ni = 0; ni < n; ni++) {
              for (int i = 0; i < h; i++) {
                for (int j = 0; j < w; j++) {
                  int ii = i + u - pad;
                  int jj = j + v - pad;
                  if (ii >= 0 && jj >= 0 && ii < h && jj < w) {
                    sum +=
                        (double) g[((ni * o + oi) * h + i) * w + j]
                            * x[((ni * c + ci) * h + ii) * w + jj];
                  }
                }
              }
            }
            grad[((oi * c + ci) * size + u) * size + v] = sum;
          }
        }
      }
    }
    return grad;
  }

  /** Rearranges x[n, c·r², h, w] into [n, c, h·r, w·r] (PyTorch's pixel_shuffle). */
  static double[] pixelShuffle(float[] x, int n, int c, int h, int w, int r) {
    double[] y = new double[x.length];
    for (int ni = 0; ni < n; ni++) {
      for (int ci = 0; ci < c; ci++) {
        for (int i = 0; i < h * r; i++) {
          for (int j = 0; j < w * r; j++) {
            int source = ci * r * r + (i % r) * r + (j % r);
            y[((ni * c + ci) * h * r + i) * w * r + j] =
                x[((ni * c * r * r + source) * h + i / r) * w + j / r];
          }
        }
      }
    }
    return y;
  }

  /** PReLU with one slope per channel of x[n, c, plane]. */
  static double[] prelu(float[] x, int n, int c, int plane, float[] slopes) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      int channel = (i / plane) % c;
      y[i] = x[i] > 0 ? x[i] : (double) slopes[channel] * x[i];
    }
    return y;
  }

  /** x[rows, in] · wᵀ + b, with w[out, in]. */
  static double[] linear(float[] x, int rows, int in, float[] weight, float[] bias, int out) {
    double[] y = new double[rows * out];
    for (int r = 0; r < rows; r++) {
      for (int o = 0; o < out; o++) {
        double sum = bias[o];
        for (int i = 0; i < in; i++) {
          sum += (double) x[r * in + i] * weight[o * in + i];
        }
        y[r * out + o] = sum;
      }
    }
    return y;
  }

  /** Softmax over the last axis of x[rows, cols]. */
  static double[] softmax(float[] x, int rows, int cols) {
    double[] y = new double[x.length];
    for (int r = 0; r < rows; r++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < cols; j++) {
        max = Math.max(max, x[r * cols + j]);
      }
      double total = 0;
      for (int j = 0; j < cols; j++) {
        y[r * cols + j] = Math.exp(x[r * cols + j] - max);
        total += y[r * cols + j];
      }
      for (int j = 0; j < cols; j++) {
        y[r * cols + j] /= total;
      }
    }
    return y;
  }

  /** Sums the rows of dense[in, cols] into out[rows]: out[row[k]] += value[k] · dense[col[k]]. */
  static double[] scatterAdd(
      long[] row, long[] col, float[] values, int rows, float[] dense, int cols) {
    double[] y = new double[rows * cols];
    for (int k = 0; k < row.length; k++) {
      for (int j = 0; j < cols; j++) {
        y[(int) row[k] * cols + j] += (double) values[k] * dense[(int) col[k] * cols + j];
      }
    }
    return y;
  }

  /**
   * A one-layer, batch-first LSTM from zero state with PyTorch's gate order (input, forget, cell,
   * output): x[batch, steps, in], weights wIh[4h, in], wHh[4h, h], biases bIh and bHh[4h]. Returns
   * the hidden state of every step, [batch, steps, h].
   */
  static double[] lstm(
      float[] x,
      int batch,
      int steps,
      int in,
      int hidden,
      float[] wIh,
      float[] wHh,
      float[] bIh,
      float[] bHh) {
    double[] out = new double[batch * steps * hidden];
    for (int b = 0; b < batch; b++) {
      double[] h = new double[hidden];
      double[] cell = new double[hidden];
      for (int t = 0; t < steps; t++) {
        double[] gates = new double[4 * hidden];
        for (int g = 0; g < 4 * hidden; g++) {
          double sum = (double) bIh[g] + bHh[g];
          for (int i = 0; i < in; i++) {
            sum += (double) wIh[g * in + i] * x[(b * steps + t) * in + i];
          }
          for (int j = 0; j < hidden; j++) {
            sum += (double) wHh[g * hidden + j] * h[j];
          }
          gates[g] = sum;
        }
        double[] next = new double[hidden];
        for (int j = 0; j < hidden; j++) {
          double input = sigmoid(gates[j]);
          double forget = sigmoid(gates[hidden + j]);
          double candidate = Math.tanh(gates[2 * hidden + j]);
          double output = sigmoid(gates[3 * hidden + j]);
          cell[j] = forget * cell[j] + input * candidate;
          next[j] = output * Math.tanh(cell[j]);
          out[(b * steps + t) * hidden + j] = next[j];
        }
        h = next;
      }
    }
    return out;
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}

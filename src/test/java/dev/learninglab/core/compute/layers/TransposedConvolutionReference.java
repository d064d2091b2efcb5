package dev.learninglab.core.compute.layers;

/**
 * A direct, loop-by-loop 2-D transposed convolution with PyTorch's {@code ConvTranspose2d}
 * semantics (padding k/2, output_padding r−1): every input pixel scatters its kernel into the
 * output. Deliberately naive, to check {@link SubPixelDeconvolution} against the definition.
 */
final class TransposedConvolutionReference {

  private TransposedConvolutionReference() {}

  /**
   * @param x input (in, h, w)
   * @param weight (in, out, k, k)
   * @param bias (out)
   * @return output (out, h·r, w·r)
   */
  static float[][][] apply(float[][][] x, float[][][][] weight, float[] bias, int r) {
    int in = x.length;
    int h = x[0].length;
    int w = x[0][0].length;
    int out = bias.length;
    int k = weight[0][0].length;
    int p = k / 2;
    float[][][] y = new float[out][h * r][w * r];
    for (int o = 0; o < out; o++) {
      for (float[] row : y[o]) {
        java.util.Arrays.fill(row, bias[o]);
      }
    }
    for (int c = 0; c < in; c++) {
      for (int i = 0; i < h; i++) {
        for (int j = 0; j < w; j++) {
          for (int o = 0; o < out; o++) {
            for (int ky = 0; ky < k; ky++) {
              int oy = i * r - p + ky;
              if (oy < 0 || oy >= h * r) {
                continue;
              }
              for (int kx = 0; kx < k; kx++) {
                int ox = j * r - p + kx;
                if (ox >= 0 && ox < w * r) {
                  y[o][oy][ox] += x[c][i][j] * weight[c][o][ky][kx];
                }
              }
            }
          }
        }
      }
    }
    return y;
  }
}

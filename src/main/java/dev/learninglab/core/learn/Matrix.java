package dev.learninglab.core.learn;

import java.util.Arrays;

/**
 * A dense matrix of doubles stored row-major in one {@code double[]}: row {@code i} occupies {@code
 * data[i * cols .. (i + 1) * cols)}: the features of {@link LabelledData}, so a million rows cost
 * one array and tight loops, not a million small arrays.
 *
 * <pre>{@code
 * Matrix x = Matrix.of(new double[][] {{-2, 5}, {0, 0}});
 * double second = x.get(1, 0);
 * }</pre>
 */
public final class Matrix {
  private final double[] data;
  private final int rows;
  private final int cols;

  /** Wraps (does not copy) a row-major array of {@code rows * cols} values. */
  public Matrix(double[] data, int rows, int cols) {
    if (rows < 0 || cols < 0 || (long) rows * cols != data.length) {
      throw new IllegalArgumentException(
          "A "
              + rows
              + "x"
              + cols
              + " matrix needs "
              + (long) rows * cols
              + " values, got "
              + data.length);
    }
    this.data = data;
    this.rows = rows;
    this.cols = cols;
  }

  /** A zero matrix. */
  public static Matrix zeros(int rows, int cols) {
    return new Matrix(new double[rows * cols], rows, cols);
  }

  /** Copies rows of equal length; an empty array gives a 0x0 matrix. */
  public static Matrix of(double[][] rowsOfValues) {
    int n = rowsOfValues.length;
    int d = n == 0 ? 0 : rowsOfValues[0].length;
    double[] flat = new double[n * d];
    for (int i = 0; i < n; i++) {
      if (rowsOfValues[i].length != d) {
        throw new IllegalArgumentException(
            "Row " + i + " has " + rowsOfValues[i].length + " values but row 0 has " + d);
      }
      System.arraycopy(rowsOfValues[i], 0, flat, i * d, d);
    }
    return new Matrix(flat, n, d);
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  public double get(int row, int col) {
    return data[row * cols + col];
  }

  /** The backing row-major array (not a copy): for tight loops. */
  public double[] data() {
    return data;
  }

  /** A copy of one row. */
  public double[] row(int row) {
    return Arrays.copyOfRange(data, row * cols, (row + 1) * cols);
  }

  /** A new matrix of the given rows, in the given order. */
  public Matrix selectRows(int[] rowIndices) {
    double[] out = new double[rowIndices.length * cols];
    for (int k = 0; k < rowIndices.length; k++) {
      System.arraycopy(data, rowIndices[k] * cols, out, k * cols, cols);
    }
    return new Matrix(out, rowIndices.length, cols);
  }

  /** A new matrix with every value multiplied by {@code factor}. */
  public Matrix scaled(double factor) {
    double[] out = data.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] *= factor;
    }
    return new Matrix(out, rows, cols);
  }

  /** A copy as an array of rows. */
  public double[][] toArray() {
    double[][] out = new double[rows][];
    for (int i = 0; i < rows; i++) {
      out[i] = row(i);
    }
    return out;
  }

  @Override
  public String toString() {
    return "Matrix " + rows + "x" + cols;
  }
}

package dev.learninglab.core.compute;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Sparse COO matrices for message passing (gather and scatter-add as sparse incidence matrices).
 *
 * <p>Why not {@code NDManager.createCoo}: in DJL 0.36 it builds the index and value tensors from
 * temporary arrays that are released while the sparse tensor still points into them, so a later
 * product reads freed memory ("index out of row bound"). Here both tensors are ordinary arrays of
 * {@code manager}, alive until the manager closes.
 */
public final class SparseArrays {
  private SparseArrays() {}

  /** A rows×cols COO matrix with {@code values[k]} at ({@code row[k]}, {@code col[k]}). */
  public static NDArray coo(
      NDManager manager, long[] row, long[] col, float[] values, Shape shape) {
    long[] index = new long[2 * row.length];
    System.arraycopy(row, 0, index, 0, row.length);
    System.arraycopy(col, 0, index, row.length, col.length);
    NDArray indices = manager.create(index, new Shape(2, row.length));
    NDArray data = manager.create(values);
    if (!(indices instanceof PtNDArray ptIndices) || !(data instanceof PtNDArray ptData)) {
      throw new IllegalStateException("sparse matrices need the PyTorch engine");
    }
    NDArray sparse = JniUtils.createSparseCoo(ptIndices, ptData, shape);
    sparse.attach(manager);
    return sparse;
  }
}

package dev.learninglab.labs.iin.model.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import dev.learninglab.core.compute.Compute;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FlowTest {
  private static final int N = 64;

  @Test
  void inverseUndoesTheForwardPass() {
    int dim = 8;
    try (NDManager m = NDManager.newBaseManager(Compute.device(), Compute.PYTORCH)) {
      Flow flow = initialised(m, new FlowShape(dim, 4, 32, 1, 3), dim);
      ParameterStore store = new ParameterStore(m, false);
      NDArray x = data(m, N, dim, 11);
      NDArray z = flow.forward(store, new NDList(x), false).get(0);
      NDArray back = flow.inverse(store, z);
      double maxAbs = back.sub(x).abs().max().getFloat();
      assertTrue(maxAbs <= 1e-4, "max |T⁻¹(T(x)) − x| = " + maxAbs);
      // and the flow is not the identity
      assertTrue(z.sub(x).abs().max().getFloat() > 0.1f);
    }
  }

  @Test
  void actNormStartsWithZeroMeanAndUnitVariance() {
    try (NDManager m = NDManager.newBaseManager(Compute.device(), Compute.PYTORCH)) {
      ActNorm norm = new ActNorm(5);
      norm.initialize(m, DataType.FLOAT32, new Shape(N, 5));
      NDArray x = data(m, N, 5, 4);
      norm.initialiseFrom(x);
      NDArray y = norm.forward(new ParameterStore(m, false), new NDList(x), false).get(0);
      float[] mean = y.mean(new int[] {0}).toFloatArray();
      float[] var = y.square().mean(new int[] {0}).toFloatArray();
      for (int d = 0; d < 5; d++) {
        assertEquals(0, mean[d], 1e-4, "mean of dimension " + d);
        assertEquals(1, var[d], 1e-3, "variance of dimension " + d);
      }
    }
  }

  /**
   * The flow's log|det J| against the log-determinant of the Jacobian that autograd computes (one
   * backward pass per output dimension; the LU decomposition in double precision).
   */
  @Test
  void logDetMatchesTheAutogradJacobian() {
    int dim = 6;
    int n = 5;
    try (NDManager m = NDManager.newBaseManager(Compute.device(), Compute.PYTORCH)) {
      Flow flow = initialised(m, new FlowShape(dim, 3, 16, 1, 7), dim);
      ParameterStore store = new ParameterStore(m, false);
      NDArray x = data(m, n, dim, 5);
      float[] logdet = flow.forward(store, new NDList(x), false).get(1).toFloatArray();
      double[][][] jacobian = new double[n][dim][dim];
      for (int i = 0; i < dim; i++) {
        NDArray in = x.duplicate();
        in.setRequiresGradient(true);
        try (GradientCollector collector =
            Engine.getEngine(Compute.PYTORCH).newGradientCollector()) {
          NDArray z = flow.forward(store, new NDList(in), true).get(0);
          collector.backward(z.get(new NDIndex(":, {}", i)).sum());
        }
        float[] row = in.getGradient().toFloatArray();
        for (int s = 0; s < n; s++) {
          for (int j = 0; j < dim; j++) {
            jacobian[s][i][j] = row[s * dim + j];
          }
        }
      }
      for (int s = 0; s < n; s++) {
        double expected = logAbsDet(jacobian[s]);
        assertEquals(
            expected,
            logdet[s],
            1e-3 * Math.max(1, Math.abs(expected)),
            "sample " + s + ": flow says " + logdet[s] + ", autograd Jacobian " + expected);
      }
      assertTrue(Math.abs(logdet[0]) > 0.1, "a trivial log-det proves nothing: " + logdet[0]);
    }
  }

  static Flow initialised(NDManager m, FlowShape shape, int dim) {
    Flow flow = new Flow(shape);
    flow.initialize(m, DataType.FLOAT32, new Shape(N, dim));
    flow.initialiseFrom(new ParameterStore(m, false), data(m, N, dim, 1));
    return flow;
  }

  /** Correlated, shifted, scaled data, so the ActNorms and couplings have work to do. */
  static NDArray data(NDManager m, int n, int dim, long seed) {
    Random random = new Random(seed);
    float[] v = new float[n * dim];
    for (int s = 0; s < n; s++) {
      double common = random.nextGaussian();
      for (int d = 0; d < dim; d++) {
        v[s * dim + d] = (float) (3 * d - 2 + (0.5 + d) * random.nextGaussian() + common);
      }
    }
    return m.create(v, new Shape(n, dim));
  }

  /** log|det A| by LU decomposition with partial pivoting. */
  static double logAbsDet(double[][] a) {
    int n = a.length;
    double[][] lu = new double[n][];
    for (int i = 0; i < n; i++) {
      lu[i] = a[i].clone();
    }
    double sum = 0;
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(lu[r][c]) > Math.abs(lu[pivot][c])) {
          pivot = r;
        }
      }
      double[] t = lu[c];
      lu[c] = lu[pivot];
      lu[pivot] = t;
      sum += Math.log(Math.abs(lu[c][c]));
      for (int r = c + 1; r < n; r++) {
        double f = lu[r][c] / lu[c][c];
        for (int k = c; k < n; k++) {
          lu[r][k] -= f * lu[c][k];
        }
      }
    }
    return sum;
  }
}

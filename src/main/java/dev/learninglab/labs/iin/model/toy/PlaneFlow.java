package dev.learninglab.labs.iin.model.toy;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.djl.training.tracker.Tracker;
import dev.learninglab.core.compute.BudgetCosine;
import dev.learninglab.core.compute.Compute;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.compute.TrainingLoop;
import dev.learninglab.core.compute.TrainingResult;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.iin.model.flow.Flow;
import dev.learninglab.labs.iin.model.flow.FlowAdam;
import dev.learninglab.labs.iin.model.flow.FlowNll;
import dev.learninglab.labs.iin.model.flow.FlowShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small flow trained on a {@link PlaneDensity}: what the "Flows on the plane" part of the lab
 * shows. It answers the questions a learner asks of it: how likely held-out points are, where the
 * samples go layer by layer, and what density it has learnt.
 */
public final class PlaneFlow implements AutoCloseable {
  public static final int HIDDEN = 64;
  public static final int DEPTH = 1;
  public static final int BATCH = 256;
  public static final float LEARNING_RATE = 1e-3f;
  private static final int EVAL_BATCH = 2_000;
  private static final int VALIDATION = 2_000;

  private final PlaneDensity density;
  private final Model model;
  private final Flow flow;
  private final TrainingResult result;
  private final int steps;

  private PlaneFlow(
      PlaneDensity density, Model model, Flow flow, TrainingResult result, int steps) {
    this.density = density;
    this.model = model;
    this.flow = flow;
    this.result = result;
    this.steps = steps;
  }

  /** Trains a flow of {@code blocks} blocks for {@code steps} batches of fresh samples. */
  public static PlaneFlow train(
      PlaneDensity density,
      int blocks,
      int steps,
      int seed,
      TrainingListener listener,
      Progress progress)
      throws Exception {
    if (steps < 1) {
      throw new IllegalArgumentException("Steps must be at least 1, got " + steps);
    }
    Compute.seed(seed);
    Flow flow = new Flow(new FlowShape(2, blocks, HIDDEN, DEPTH, seed));
    Model model = Model.newInstance("iin-plane-flow", Compute.device(), Compute.PYTORCH);
    try {
      model.setBlock(flow);
      Shape input = new Shape(BATCH, 2);
      flow.initialize(model.getNDManager(), DataType.FLOAT32, input);
      try (NDManager scope = model.getNDManager().newSubManager()) {
        float[] first = density.sample(BATCH, new Random(seed));
        flow.initialiseFrom(new ParameterStore(scope, false), scope.create(first, input));
      }
      // a half-cosine decay to 1e-5: the last steps polish the density instead of jittering
      Tracker rate = new BudgetCosine(LEARNING_RATE, 1e-5f, steps, 0, System::nanoTime);
      TrainingResult result =
          new TrainingLoop(new FlowNll(), FlowAdam.build(rate), rate)
              .listener(listener)
              .validator(m -> -heldOutNll(m, flow, density, VALIDATION, 999_983L + seed))
              .run(
                  model,
                  new PlaneBatches(density, BATCH, steps),
                  new TrainingLoop.Options(PlaneBatches.epochs(steps), seed, input, null),
                  progress);
      return new PlaneFlow(density, model, flow, result, steps);
    } catch (Exception | Error e) {
      model.close();
      throw e;
    }
  }

  public PlaneDensity density() {
    return density;
  }

  public int blocks() {
    return flow.shape().blocks();
  }

  public int steps() {
    return steps;
  }

  public TrainingResult result() {
    return result;
  }

  /** Mean NLL in nats of {@code n} fresh samples drawn with {@code seed}. */
  public double heldOutNll(int n, long seed) {
    return heldOutNll(model, flow, density, n, seed);
  }

  private static double heldOutNll(Model model, Flow flow, PlaneDensity density, int n, long seed) {
    double[] nll = nll(model, flow, density.sample(n, new Random(seed)));
    double sum = 0;
    for (double v : nll) {
      sum += v;
    }
    return sum / n;
  }

  /**
   * The learnt density on a {@code size}×{@code size} grid over [−{@code extent}, {@code extent}]²,
   * row 0 at the top (largest y), as p(x, y).
   */
  public double[][] densityGrid(int size, double extent) {
    float[] xy = new float[2 * size * size];
    for (int r = 0; r < size; r++) {
      for (int c = 0; c < size; c++) {
        int i = r * size + c;
        xy[2 * i] = (float) (-extent + (c + 0.5) * 2 * extent / size);
        xy[2 * i + 1] = (float) (extent - (r + 0.5) * 2 * extent / size);
      }
    }
    double[] nll = nll(xy);
    double[][] grid = new double[size][size];
    for (int i = 0; i < nll.length; i++) {
      grid[i / size][i % size] = Math.exp(-nll[i]);
    }
    return grid;
  }

  /** Per-point NLL in nats of the points x0, y0, x1, y1, … */
  public double[] nll(float[] xy) {
    return nll(model, flow, xy);
  }

  private static double[] nll(Model model, Flow flow, float[] xy) {
    int n = xy.length / 2;
    double[] out = new double[n];
    try (NDManager scope = model.getNDManager().newSubManager()) {
      ParameterStore store = new ParameterStore(scope, false);
      for (int from = 0; from < n; from += EVAL_BATCH) {
        int m = Math.min(EVAL_BATCH, n - from);
        try (NDManager batch = scope.newSubManager()) {
          float[] part = java.util.Arrays.copyOfRange(xy, 2 * from, 2 * (from + m));
          NDList zl = flow.forward(store, new NDList(batch.create(part, new Shape(m, 2))), false);
          float[] v = FlowNll.perSample(zl.get(0), zl.get(1)).toFloatArray();
          for (int i = 0; i < m; i++) {
            out[from + i] = v[i];
          }
        }
      }
    }
    return out;
  }

  /**
   * The points after each block, from the data (index 0) to the flow's Gaussian code (index
   * blocks), each as x0, y0, x1, y1, …
   */
  public List<float[]> trace(float[] xy) {
    List<float[]> out = new ArrayList<>();
    try (NDManager scope = model.getNDManager().newSubManager()) {
      ParameterStore store = new ParameterStore(scope, false);
      for (NDArray layer : flow.trace(store, scope.create(xy, new Shape(xy.length / 2, 2)))) {
        out.add(layer.toFloatArray());
      }
    }
    return out;
  }

  /** {@code n} samples of the learnt density: Gaussian draws mapped back through T⁻¹. */
  public float[] sample(int n, long seed) {
    Random random = new Random(seed);
    float[] z = new float[2 * n];
    for (int i = 0; i < z.length; i++) {
      z[i] = (float) random.nextGaussian();
    }
    try (NDManager scope = model.getNDManager().newSubManager()) {
      ParameterStore store = new ParameterStore(scope, false);
      return flow.inverse(store, scope.create(z, new Shape(n, 2))).toFloatArray();
    }
  }

  @Override
  public void close() {
    model.close();
  }
}

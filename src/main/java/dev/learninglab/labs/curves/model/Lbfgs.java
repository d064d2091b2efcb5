package dev.learninglab.labs.curves.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * Limited-memory BFGS as scipy's L-BFGS-B runs it on a problem without bounds — the optimiser
 * behind scikit-learn's default {@code lbfgs} solver — written here because Commons Math has none
 * (see docs/decisions/0008-curves-optimiser.md).
 *
 * <p>It keeps L-BFGS-B's choices so that its iterates follow scipy's: the first direction is −g
 * with a first step of 1/‖g‖, later ones come from the last {@code memory} steps with the initial
 * matrix scaled by s·y/y·y, the Moré–Thuente line search (ftol 1e-3, gtol 0.9, xtol 0.1, at most 20
 * evaluations), pairs with too little curvature skipped, and the two stopping rules: largest
 * gradient component ≤ {@code gradientTolerance}, or relative decrease of f ≤ {@code
 * relativeDecrease}. With {@code relativeDecrease = 0} and a small gradient tolerance it solves to
 * machine precision.
 */
public final class Lbfgs {
  private static final double EPSMCH = Math.ulp(1.0);
  private static final int MAX_LINE_SEARCH = 20;

  private final int memory;
  private final double gradientTolerance;
  private final double relativeDecrease;
  private final int maxIterations;

  /**
   * @param memory number of recent steps kept (scipy: 10)
   * @param gradientTolerance scipy's {@code gtol}/{@code pgtol}
   * @param relativeDecrease scipy's {@code ftol} (its default is 2.22e-9, i.e. factr 1e7)
   * @param maxIterations scipy's {@code maxiter}
   */
  public Lbfgs(int memory, double gradientTolerance, double relativeDecrease, int maxIterations) {
    this.memory = memory;
    this.gradientTolerance = gradientTolerance;
    this.relativeDecrease = relativeDecrease;
    this.maxIterations = maxIterations;
  }

  /** Outcome of a minimisation; {@code converged} is false when the iteration limit hit first. */
  public record Result(
      double[] x, double value, double gradientMax, int iterations, boolean converged) {}

  private record Pair(double[] s, double[] y, double sy) {}

  public Result minimise(DifferentiableFunction f, double[] start) {
    int n = start.length;
    double[] x = start.clone();
    double[] g = new double[n];
    double fx = f.valueAndGradient(x, g);
    Deque<Pair> pairs = new ArrayDeque<>();
    double[] xTrial = new double[n];
    double[] gTrial = new double[n];
    int iter = 0;
    while (maxAbs(g) > gradientTolerance) {
      if (iter >= maxIterations) {
        return new Result(x, fx, maxAbs(g), iter, false);
      }
      double[] d = direction(g, pairs);
      double gd0 = dot(d, g);
      if (gd0 >= 0) {
        // Rounding spoilt the approximation: start the memory afresh, as L-BFGS-B does.
        pairs.clear();
        d = direction(g, pairs);
        gd0 = dot(d, g);
      }
      double dnorm = Math.sqrt(dot(d, d));
      double stp = iter == 0 ? 1 / dnorm : 1;
      MoreThuente search = new MoreThuente(1e-3, 0.9, 0.1, 0, 1e10);
      stp = search.start(fx, gd0, stp);
      double fTrial = fx;
      double gd = gd0;
      int evaluations = 0;
      while (!search.done() && evaluations < MAX_LINE_SEARCH) {
        for (int i = 0; i < n; i++) {
          xTrial[i] = x[i] + stp * d[i];
        }
        fTrial = f.valueAndGradient(xTrial, gTrial);
        gd = dot(d, gTrial);
        evaluations++;
        stp = search.next(stp, fTrial, gd);
      }
      if (!search.done()) {
        if (pairs.isEmpty()) {
          return new Result(x, fx, maxAbs(g), iter, false);
        }
        // The line search failed: keep the point, forget the memory and try again.
        pairs.clear();
        continue;
      }
      iter++;
      double fOld = fx;
      double[] s = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = stp * d[i];
        y[i] = gTrial[i] - g[i];
      }
      System.arraycopy(xTrial, 0, x, 0, n);
      System.arraycopy(gTrial, 0, g, 0, n);
      fx = fTrial;
      if (maxAbs(g) <= gradientTolerance) {
        break;
      }
      if (fOld - fx <= relativeDecrease * Math.max(Math.max(Math.abs(fOld), Math.abs(fx)), 1)) {
        return new Result(x, fx, maxAbs(g), iter, true);
      }
      // s·y taken as stp·(d·g₊ − d·g), as L-BFGS-B computes it.
      double sy = stp * (gd - gd0);
      if (sy > EPSMCH * -gd0 * stp) {
        pairs.addLast(new Pair(s, y, sy));
        if (pairs.size() > memory) {
          pairs.removeFirst();
        }
      }
    }
    return new Result(x, fx, maxAbs(g), iter, true);
  }

  /** −H·g by the two-loop recursion; with no history, −g. */
  private static double[] direction(double[] g, Deque<Pair> pairs) {
    int n = g.length;
    double[] q = g.clone();
    if (!pairs.isEmpty()) {
      double[] alpha = new double[pairs.size()];
      int k = pairs.size() - 1;
      for (Iterator<Pair> it = pairs.descendingIterator(); it.hasNext(); k--) {
        Pair p = it.next();
        alpha[k] = dot(p.s, q) / p.sy;
        axpy(-alpha[k], p.y, q);
      }
      Pair last = pairs.getLast();
      double gamma = last.sy / dot(last.y, last.y);
      for (int i = 0; i < n; i++) {
        q[i] *= gamma;
      }
      k = 0;
      for (Pair p : pairs) {
        double beta = dot(p.y, q) / p.sy;
        axpy(alpha[k] - beta, p.s, q);
        k++;
      }
    }
    for (int i = 0; i < n; i++) {
      q[i] = -q[i];
    }
    return q;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
  }

  private static double maxAbs(double[] v) {
    double m = 0;
    for (double e : v) {
      m = Math.max(m, Math.abs(e));
    }
    return m;
  }
}

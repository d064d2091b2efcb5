package dev.learninglab.labs.editdistance.model;

import java.util.concurrent.CancellationException;

/**
 * The weighted edit-distance recurrence filled row by row in linear memory. Every consumer of the
 * recurrence goes through here: the plain distance (no sink), the full matrix shown to the learner
 * and the backtrace (sinks that keep what they need).
 *
 * <p>{@code cost[i][j]} is the cost of turning the first {@code i} source characters into the first
 * {@code j} target characters: {@code min(cost[i-1][j-1] + (equal ? 0 : sub), cost[i-1][j] + del,
 * cost[i][j-1] + ins)}.
 */
final class RowDp {
  /** Receives every cell as it is filled, row by row. */
  interface CellSink {
    void cell(int row, int col, long cost, Op op);
  }

  private RowDp() {}

  static long run(int[] a, int[] b, Costs costs, CellSink sink) {
    int n = b.length;
    long[] prev = new long[n + 1];
    long[] cur = new long[n + 1];
    for (int j = 0; j <= n; j++) {
      prev[j] = (long) j * costs.insert();
      if (sink != null) {
        sink.cell(0, j, prev[j], j == 0 ? null : Op.INSERT);
      }
    }
    for (int i = 1; i <= a.length; i++) {
      if (Thread.currentThread().isInterrupted()) {
        // a cancelled background task: long general-cost runs take seconds
        throw new CancellationException("cancelled");
      }
      cur[0] = (long) i * costs.delete();
      if (sink != null) {
        sink.cell(i, 0, cur[0], Op.DELETE);
      }
      int ai = a[i - 1];
      for (int j = 1; j <= n; j++) {
        boolean equal = ai == b[j - 1];
        long diagonal = prev[j - 1] + (equal ? 0 : costs.substitute());
        long delete = prev[j] + costs.delete();
        long insert = cur[j - 1] + costs.insert();
        cur[j] = Math.min(diagonal, Math.min(delete, insert));
        if (sink != null) {
          sink.cell(i, j, cur[j], Choice.pick(diagonal, delete, insert, equal));
        }
      }
      long[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[n];
  }
}

package dev.learninglab.labs.editdistance.model;

/**
 * Finds an edit script for inputs too long to show as a matrix: it keeps one byte per cell (the
 * chosen operation) instead of the cell's cost and candidates.
 */
final class ScriptFinder {
  /** One byte per cell: 50 MB at most. */
  static final long MAX_CELLS = 50_000_000;

  private static final Op[] OPS = Op.values();

  private ScriptFinder() {}

  static boolean fits(int m, int n) {
    return (m + 1L) * (n + 1L) <= MAX_CELLS;
  }

  static EditScript script(int[] a, int[] b, Costs costs) {
    int width = b.length + 1;
    byte[] ops = new byte[(a.length + 1) * width];
    RowDp.run(
        a, b, costs, (i, j, c, op) -> ops[i * width + j] = (byte) (op == null ? 0 : op.ordinal()));
    return Backtrace.walk(a, b, costs, (i, j) -> OPS[ops[i * width + j]]);
  }
}

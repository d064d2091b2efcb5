package dev.learninglab.labs.editdistance.model;

/**
 * The whole cost matrix of the tutorial's dynamic programme, kept so the learner can look at every
 * cell: row {@code i} is the source prefix of length {@code i}, column {@code j} the target prefix
 * of length {@code j}, {@code #} the empty prefix.
 *
 * <pre>{@code
 * DpMatrix m = DpMatrix.of("numpy", "numexpr", Costs.TUTORIAL);
 * m.distance();              // 4
 * m.cell(3, 4).explain();    // cost[3][4] = min(insert 0+1, delete 2+1, substitute 1+2) = 1: insert 'e'
 * m.script();                // keep n, keep u, keep m, insert e, insert x, keep p, substitute y->r
 * }</pre>
 *
 * <p>Memory grows with the product of the lengths, so it refuses more than {@value #MAX_CELLS}
 * cells; {@link EditDistance} answers longer inputs.
 */
public final class DpMatrix {
  /** The most cells a matrix may hold. */
  public static final long MAX_CELLS = 1_000_000;

  private final int[] source;
  private final int[] target;
  private final Costs costs;
  private final long[][] cost;
  private final Op[][] ops;

  private DpMatrix(int[] source, int[] target, Costs costs) {
    this.source = source;
    this.target = target;
    this.costs = costs;
    this.cost = new long[source.length + 1][target.length + 1];
    this.ops = new Op[source.length + 1][target.length + 1];
    RowDp.run(
        source,
        target,
        costs,
        (i, j, c, op) -> {
          cost[i][j] = c;
          ops[i][j] = op;
        });
  }

  /** Fills the matrix for {@code source -> target}. */
  public static DpMatrix of(String source, String target, Costs costs) {
    int[] a = CodePoints.of(source);
    int[] b = CodePoints.of(target);
    SizeLimit.check(
        a.length, b.length, MAX_CELLS, "The full matrix", "ask for the distance alone instead");
    return new DpMatrix(a, b, costs);
  }

  public int rows() {
    return source.length + 1;
  }

  public int cols() {
    return target.length + 1;
  }

  public Costs costs() {
    return costs;
  }

  /** The bottom-right cell: the edit distance. */
  public long distance() {
    return cost[source.length][target.length];
  }

  public long cost(int row, int col) {
    return cost[row][col];
  }

  /** The source character heading row {@code row} (1-based; row 0 is {@code #}). */
  public String sourceChar(int row) {
    return CodePoints.text(source[row - 1]);
  }

  /** The target character heading column {@code col} (1-based; column 0 is {@code #}). */
  public String targetChar(int col) {
    return CodePoints.text(target[col - 1]);
  }

  /** The cell with its candidates, for display. */
  public Cell cell(int row, int col) {
    return new Cell(
        row,
        col,
        cost[row][col],
        ops[row][col],
        col > 0 ? cost[row][col - 1] : null,
        row > 0 ? cost[row - 1][col] : null,
        row > 0 && col > 0 ? cost[row - 1][col - 1] : null,
        row > 0 ? sourceChar(row) : null,
        col > 0 ? targetChar(col) : null,
        costs);
  }

  /** The costs as rows, for printing and JSON. */
  public long[][] costs2d() {
    long[][] copy = new long[cost.length][];
    for (int i = 0; i < cost.length; i++) {
      copy[i] = cost[i].clone();
    }
    return copy;
  }

  /** The correct backtrace (tie-break rule in {@link Choice}). */
  public EditScript script() {
    return Backtrace.walk(source, target, costs, (i, j) -> ops[i][j]);
  }
}

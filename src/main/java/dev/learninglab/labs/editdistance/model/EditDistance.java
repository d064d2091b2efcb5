package dev.learninglab.labs.editdistance.model;

import java.util.Optional;

/**
 * The lab's entry point for distances: picks the fastest exact method for the costs and the input
 * size.
 *
 * <ul>
 *   <li>When substituting never beats a delete plus an insert ({@code sub >= ins + del}, true of
 *       the tutorial's 1/1/2), {@code distance = del*(m - LCS) + ins*(n - LCS)}, with the LCS from
 *       {@link LcsPattern} (bit-parallel, 64 characters per word).
 *   <li>Otherwise the recurrence in two rows of memory, {@code O(m*n)} time; refused beyond {@value
 *       #MAX_GENERAL_CELLS} cells, which is already seconds of work.
 * </ul>
 *
 * <pre>{@code
 * EditDistance.distance("numpy", "numexpr", Costs.TUTORIAL);   // 4
 * }</pre>
 */
public final class EditDistance {
  /** The largest matrix the general (non-LCS) method will walk: several seconds of work. */
  public static final long MAX_GENERAL_CELLS = 3_000_000_000L;

  /** The most word steps the bit-parallel method may take: seconds of work. */
  public static final long MAX_WORD_STEPS = 4_000_000_000L;

  /** Which method answered. */
  public enum Method {
    BIT_PARALLEL_LCS,
    LINEAR_DP
  }

  private EditDistance() {}

  public static long distance(String a, String b, Costs costs) {
    return distance(CodePoints.of(a), CodePoints.of(b), costs);
  }

  public static long distance(int[] a, int[] b, Costs costs) {
    if (method(costs) == Method.BIT_PARALLEL_LCS) {
      checkWordSteps(a.length, b.length);
      // the shorter string is the pattern: fewer words, small masks even for a 10 MB line
      int lcs = a.length <= b.length ? LcsPattern.of(a).lcs(b) : LcsPattern.of(b).lcs(a);
      return fromLcs(a.length, b.length, lcs, costs);
    }
    return plainDistance(a, b, costs);
  }

  /** The distance by the recurrence alone, whatever the costs: the reference for the fast path. */
  public static long plainDistance(int[] a, int[] b, Costs costs) {
    SizeLimit.check(
        a.length,
        b.length,
        MAX_GENERAL_CELLS,
        "The DP with these costs",
        "with sub >= ins + del (e.g. the default 1/1/2) the far faster bit-parallel method applies");
    return RowDp.run(a, b, costs, null);
  }

  /**
   * Refuses inputs that would keep the bit-parallel method busy for more than a few seconds: it
   * takes one step per 64 characters of the shorter string for each character of the longer.
   */
  private static void checkWordSteps(int m, int n) {
    long steps = ((Math.min(m, n) + 63L) / 64) * Math.max(m, n);
    if (steps > MAX_WORD_STEPS) {
      throw new IllegalArgumentException(
          "Strings of "
              + m
              + " and "
              + n
              + " characters need "
              + steps
              + " bit-parallel word steps (limit "
              + MAX_WORD_STEPS
              + ", about ten seconds)");
    }
  }

  /** The method {@link #distance} uses for these costs. */
  public static Method method(Costs costs) {
    return costs.substitutionNeverHelps() ? Method.BIT_PARALLEL_LCS : Method.LINEAR_DP;
  }

  static long fromLcs(int m, int n, int lcs, Costs costs) {
    return (long) costs.delete() * (m - lcs) + (long) costs.insert() * (n - lcs);
  }

  /**
   * A correct edit script, or empty when the inputs are too long to keep one byte per matrix cell
   * ({@link ScriptFinder#MAX_CELLS} cells).
   */
  public static Optional<EditScript> script(String a, String b, Costs costs) {
    int[] x = CodePoints.of(a);
    int[] y = CodePoints.of(b);
    if (!ScriptFinder.fits(x.length, y.length)) {
      return Optional.empty();
    }
    return Optional.of(ScriptFinder.script(x, y, costs));
  }

  /** The most cells an edit script may need, for messages. */
  public static long maxScriptCells() {
    return ScriptFinder.MAX_CELLS;
  }
}

package dev.learninglab.labs.editdistance.model;

/**
 * The one place where the recurrence picks an operation for a cell, so the matrix, the backtrace
 * and the explanation all agree.
 *
 * <p>Tie-break rule: when several operations give the minimum, the diagonal move (keep or
 * substitute) wins, then delete, then insert. This is the order the tutorial's recursion prefers
 * (substitute, then delete, then insert), and walking back from the bottom-right cell with it
 * reproduces the tutorial's narrated script for {@code numpy -> numexpr}.
 */
final class Choice {
  /** Marks a candidate that does not exist (first row has no delete, first column no insert). */
  static final long NONE = Long.MAX_VALUE;

  private Choice() {}

  /** The operation chosen among the candidate totals; {@code equal} says the characters match. */
  static Op pick(long diagonal, long delete, long insert, boolean equal) {
    long best = Math.min(diagonal, Math.min(delete, insert));
    if (diagonal == best) {
      return equal ? Op.KEEP : Op.SUBSTITUTE;
    }
    return delete == best ? Op.DELETE : Op.INSERT;
  }
}

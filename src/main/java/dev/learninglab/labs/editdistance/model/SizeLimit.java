package dev.learninglab.labs.editdistance.model;

/** Refuses work whose matrix would be too large, with a message that says how large and why. */
final class SizeLimit {
  private SizeLimit() {}

  /**
   * Throws unless an {@code (m+1) x (n+1)} matrix has at most {@code limit} cells.
   *
   * @param what what needs the matrix ("The full matrix")
   * @param instead what the learner can do instead, ending the message
   */
  static void check(int m, int n, long limit, String what, String instead) {
    long cells = (m + 1L) * (n + 1L);
    if (cells > limit) {
      throw new IllegalArgumentException(
          what
              + " for strings of "
              + m
              + " and "
              + n
              + " characters needs "
              + cells
              + " cells (limit "
              + limit
              + "); "
              + instead);
    }
  }
}

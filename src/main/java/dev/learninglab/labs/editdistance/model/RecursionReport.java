package dev.learninglab.labs.editdistance.model;

import static dev.learninglab.labs.editdistance.model.EditDistanceTexts.T;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * What running the tutorial's recursion taught: the distance, its narrated operations, how many
 * calls the plain and the memoised versions made, and how many cells the DP fills instead.
 *
 * @param distance the distance, or null when the plain recursion hit its budget and the memoised
 *     one was not asked
 * @param narration the tutorial's narration ("Make no change for character `n`.", ...)
 * @param plainCalls calls the plain recursion made before it stopped
 * @param plainCallsNeeded calls the plain recursion needs in total (counted by a recurrence, not by
 *     running it)
 * @param budgetExceeded true when the plain run stopped at the call budget
 * @param budget the call budget of the plain run
 * @param memoCalls calls of the memoised version
 * @param dpCells cells the dynamic programme fills, {@code (m+1)*(n+1)}
 * @param tree the call tree, present when the plain recursion is small enough to draw
 */
public record RecursionReport(
    long distance,
    List<String> narration,
    long plainCalls,
    BigInteger plainCallsNeeded,
    boolean budgetExceeded,
    long budget,
    long memoCalls,
    long dpCells,
    Optional<RecursionNode> tree) {

  /** The sentence the lab shows about the plain run. */
  public String plainSummary() {
    if (budgetExceeded) {
      // the count needed can exceed a long: shown as its digits
      return T.get(
          "editdistance.recursion.plainStopped", plainCalls, budget, plainCallsNeeded.toString());
    }
    return T.get("editdistance.recursion.plain", plainCalls);
  }
}

package dev.learninglab.labs.editdistance.model;

/**
 * One cell of the cost matrix with the three candidates it was chosen from, for showing and
 * explaining. A candidate is null when it does not exist: the first row can only insert, the first
 * column can only delete, and the top-left cell is the empty-to-empty start.
 *
 * @param sourceChar the source character of this row (null in row 0)
 * @param targetChar the target character of this column (null in column 0)
 */
public record Cell(
    int row,
    int col,
    long cost,
    Op op,
    Long left,
    Long up,
    Long diagonal,
    String sourceChar,
    String targetChar,
    Costs costs) {

  /** The insert candidate, {@code cost[i][j-1] + ins}, or null. */
  public Long insertCandidate() {
    return left == null ? null : left + costs.insert();
  }

  /** The delete candidate, {@code cost[i-1][j] + del}, or null. */
  public Long deleteCandidate() {
    return up == null ? null : up + costs.delete();
  }

  /** The diagonal candidate (keep when the characters match, else substitute), or null. */
  public Long diagonalCandidate() {
    return diagonal == null ? null : diagonal + diagonalCost();
  }

  private long diagonalCost() {
    return sourceChar != null && sourceChar.equals(targetChar) ? 0 : costs.substitute();
  }

  /**
   * The sentence the lab shows for this cell, e.g. {@code cost[3][4] = min(insert 2+1, delete 4+1,
   * substitute 3+2) = 3: insert 'e'}.
   */
  public String explain() {
    String at = "cost[" + row + "][" + col + "]";
    if (op == null) {
      return at + " = 0: both prefixes are empty";
    }
    StringBuilder terms = new StringBuilder();
    if (left != null) {
      terms.append("insert ").append(left).append('+').append(costs.insert());
    }
    if (up != null) {
      append(terms, "delete " + up + "+" + costs.delete());
    }
    if (diagonal != null) {
      String name = sourceChar.equals(targetChar) ? "keep " : "substitute ";
      append(terms, name + diagonal + "+" + diagonalCost());
    }
    String formula = terms.indexOf(",") < 0 ? terms.toString() : "min(" + terms + ")";
    return at + " = " + formula + " = " + cost + ": " + action();
  }

  private static void append(StringBuilder terms, String term) {
    if (terms.length() > 0) {
      terms.append(", ");
    }
    terms.append(term);
  }

  private String action() {
    return switch (op) {
      case KEEP -> "keep '" + sourceChar + "'";
      case INSERT -> "insert '" + targetChar + "'";
      case DELETE -> "delete '" + sourceChar + "'";
      case SUBSTITUTE -> "substitute '" + sourceChar + "' with '" + targetChar + "'";
    };
  }
}

package dev.learninglab.labs.editdistance.model;

import static dev.learninglab.labs.editdistance.model.EditDistanceTexts.T;

import java.util.ArrayList;
import java.util.List;

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
    if (op == null) {
      return T.get("editdistance.cell.empty", row, col);
    }
    List<String> terms = new ArrayList<>();
    if (left != null) {
      terms.add(T.get("editdistance.cell.termInsert", left, costs.insert()));
    }
    if (up != null) {
      terms.add(T.get("editdistance.cell.termDelete", up, costs.delete()));
    }
    if (diagonal != null) {
      String key =
          sourceChar.equals(targetChar)
              ? "editdistance.cell.termKeep"
              : "editdistance.cell.termSubstitute";
      terms.add(T.get(key, diagonal, diagonalCost()));
    }
    String formula =
        terms.size() == 1
            ? terms.get(0)
            : T.get(
                "editdistance.cell.min",
                String.join(T.get("editdistance.cell.termSeparator"), terms));
    return T.get("editdistance.cell.explain", row, col, formula, cost, action());
  }

  private String action() {
    return switch (op) {
      case KEEP -> T.get("editdistance.op.keep", sourceChar);
      case INSERT -> T.get("editdistance.op.insert", targetChar);
      case DELETE -> T.get("editdistance.op.delete", sourceChar);
      case SUBSTITUTE -> T.get("editdistance.op.substitute", sourceChar, targetChar);
    };
  }
}

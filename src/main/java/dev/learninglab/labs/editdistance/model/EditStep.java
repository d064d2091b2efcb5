package dev.learninglab.labs.editdistance.model;

import static dev.learninglab.labs.editdistance.model.EditDistanceTexts.T;

/**
 * One step of an edit script.
 *
 * <p>Positions count code points from 0. {@code sourceIndex} is the source character the step reads
 * (keep, substitute, delete) or, for an insert, how many source characters come before the
 * insertion point. {@code targetIndex} is the target character the step writes (keep, substitute,
 * insert) or, for a delete, how many target characters are already written. {@code from} is null
 * for an insert and {@code to} is null for a delete.
 */
public record EditStep(Op op, int sourceIndex, int targetIndex, String from, String to, long cost) {

  /** The matrix row of the cell this step leads to (the step ends there on the path). */
  public int endRow() {
    return op == Op.INSERT ? sourceIndex : sourceIndex + 1;
  }

  /** The matrix column of the cell this step leads to. */
  public int endCol() {
    return op == Op.DELETE ? targetIndex : targetIndex + 1;
  }

  /** A sentence for a person: "keep 'n'", "substitute 'y' with 'r' (2)". */
  public String describe() {
    return switch (op) {
      case KEEP -> T.get("editdistance.step.keep", from);
      case INSERT -> T.get("editdistance.step.insert", to, cost);
      case DELETE -> T.get("editdistance.step.delete", from, cost);
      case SUBSTITUTE -> T.get("editdistance.step.substitute", from, to, cost);
    };
  }
}

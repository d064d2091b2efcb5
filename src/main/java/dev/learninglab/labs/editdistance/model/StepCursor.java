package dev.learninglab.labs.editdistance.model;

/**
 * Where the learner is while stepping through the matrix: how many cells are filled, in the order
 * the tutorial fills them (row by row, left to right, borders included).
 *
 * <pre>{@code
 * StepCursor c = new StepCursor(6, 8);
 * c.step();            // cell (0,0) filled
 * c.jumpToEnd();       // all 48 filled; c.complete() is true
 * }</pre>
 */
public final class StepCursor {
  private final int rows;
  private final int cols;
  private int filled;

  public StepCursor(int rows, int cols) {
    this.rows = rows;
    this.cols = cols;
  }

  public int total() {
    return rows * cols;
  }

  public int filled() {
    return filled;
  }

  /** Fills the next cell; false when all are filled. */
  public boolean step() {
    if (filled == total()) {
      return false;
    }
    filled++;
    return true;
  }

  /** Empties the last filled cell; false when none is filled. */
  public boolean back() {
    if (filled == 0) {
      return false;
    }
    filled--;
    return true;
  }

  public void reset() {
    filled = 0;
  }

  public void jumpToEnd() {
    filled = total();
  }

  public boolean complete() {
    return filled == total();
  }

  /** Whether cell (row, col) has been filled. */
  public boolean isFilled(int row, int col) {
    return row * cols + col < filled;
  }

  /** The row of the cell filled last; -1 when none is. */
  public int currentRow() {
    return filled == 0 ? -1 : (filled - 1) / cols;
  }

  /** The column of the cell filled last; -1 when none is. */
  public int currentCol() {
    return filled == 0 ? -1 : (filled - 1) % cols;
  }
}

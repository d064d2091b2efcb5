package dev.learninglab.labs.editdistance.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Walks from the bottom-right cell back to the top-left one, following the operation chosen at each
 * cell, and returns the steps in reading order. Because every cell's operation is the one that
 * produced its cost, the steps' costs add up to the distance.
 */
final class Backtrace {
  /** The operation chosen at a cell. */
  interface OpGrid {
    Op at(int row, int col);
  }

  private Backtrace() {}

  static EditScript walk(int[] a, int[] b, Costs costs, OpGrid grid) {
    List<EditStep> steps = new ArrayList<>();
    int i = a.length;
    int j = b.length;
    while (i > 0 || j > 0) {
      Op op = grid.at(i, j);
      switch (op) {
        case KEEP -> steps.add(step(op, i - 1, j - 1, a[i - 1], b[j - 1], 0));
        case SUBSTITUTE ->
            steps.add(step(op, i - 1, j - 1, a[i - 1], b[j - 1], costs.substitute()));
        case DELETE -> steps.add(step(op, i - 1, j, a[i - 1], -1, costs.delete()));
        case INSERT -> steps.add(step(op, i, j - 1, -1, b[j - 1], costs.insert()));
      }
      if (op != Op.INSERT) {
        i--;
      }
      if (op != Op.DELETE) {
        j--;
      }
    }
    Collections.reverse(steps);
    return new EditScript(steps);
  }

  private static EditStep step(Op op, int si, int ti, int from, int to, long cost) {
    return new EditStep(
        op,
        si,
        ti,
        from < 0 ? null : CodePoints.text(from),
        to < 0 ? null : CodePoints.text(to),
        cost);
  }
}

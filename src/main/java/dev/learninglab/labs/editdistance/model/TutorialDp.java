package dev.learninglab.labs.editdistance.model;

import static dev.learninglab.labs.editdistance.model.EditDistanceTexts.T;

import java.util.ArrayList;
import java.util.List;

/**
 * The tutorial's dynamic programme and backtrace reproduced as written, slips included, so the lab
 * can put its answer next to the correct one.
 *
 * <p>The two slips (see docs/labs/edit-distance.md):
 *
 * <ul>
 *   <li>the operation label of a cell compares the cell's cost with the constant insert cost
 *       instead of with the insertion candidate, so "I" and "D" labels are often swapped;
 *   <li>the backtrace steps to the cheapest neighbour instead of to the cell the cost came from,
 *       records that neighbour's label, and stops at the first row or column.
 * </ul>
 *
 * Its distance is right for the tutorial's costs; its operation list is not an edit script of the
 * two strings. {@link #check} says where it goes wrong.
 */
public final class TutorialDp {
  private final int[] a;
  private final int[] b;
  private final long[][] cost;
  private final char[][] labels;

  private TutorialDp(int[] a, int[] b, Costs costs) {
    this.a = a;
    this.b = b;
    int m = a.length;
    int n = b.length;
    cost = new long[m + 1][n + 1];
    labels = new char[m + 1][n + 1];
    // as written: the borders count characters whatever the costs, and are labelled I and D
    for (int j = 0; j <= n; j++) {
      cost[0][j] = j;
      labels[0][j] = 'I';
    }
    for (int i = 0; i <= m; i++) {
      cost[i][0] = i;
      labels[i][0] = 'D';
    }
    labels[0][0] = '-';
    for (int i = 1; i <= m; i++) {
      for (int j = 1; j <= n; j++) {
        labels[i][j] = '-';
        if (a[i - 1] == b[j - 1]) {
          cost[i][j] = cost[i - 1][j - 1];
        } else {
          long ins = cost[i][j - 1] + costs.insert();
          long del = cost[i - 1][j] + costs.delete();
          long sub = cost[i - 1][j - 1] + costs.substitute();
          cost[i][j] = Math.min(ins, Math.min(del, sub));
          if (cost[i][j] == sub) {
            labels[i][j] = 'S';
          } else if (cost[i][j] == costs.insert()) { // the slip: should compare with ins
            labels[i][j] = 'I';
          } else {
            labels[i][j] = 'D';
          }
        }
      }
    }
  }

  public static TutorialDp of(String source, String target, Costs costs) {
    int[] a = CodePoints.of(source);
    int[] b = CodePoints.of(target);
    SizeLimit.check(
        a.length,
        b.length,
        DpMatrix.MAX_CELLS,
        "The tutorial's DP",
        "it is shown for short strings only");
    return new TutorialDp(a, b, costs);
  }

  public long distance() {
    return cost[a.length][b.length];
  }

  /** The label the tutorial stores at a cell: '-', 'I', 'D' or 'S'. */
  public char label(int row, int col) {
    return labels[row][col];
  }

  /** The tutorial's {@code min_cost_path}: its operation labels in reading order. */
  public String path() {
    int row = a.length;
    int col = b.length;
    StringBuilder path = new StringBuilder().append(labels[row][col]);
    while (row > 0 && col > 0) {
      long diag = cost[row - 1][col - 1];
      long up = cost[row - 1][col];
      long left = cost[row][col - 1];
      if (diag <= up && diag <= left) {
        path.append(labels[row - 1][col - 1]);
        row--;
        col--;
      } else if (up <= diag && up <= left) {
        path.append(labels[row - 1][col]);
        row--;
      } else {
        path.append(labels[row][col - 1]);
        col--;
      }
    }
    // reversed, then the first entry (the label where the walk stopped) dropped, as written
    return path.reverse().substring(1);
  }

  /** The tutorial's printed lines: "No Change.", "Insertion", "Deletion", "Substitution". */
  public List<String> printed() {
    List<String> lines = new ArrayList<>();
    for (char c : path().toCharArray()) {
      lines.add(
          switch (c) {
            case '-' -> "No Change.";
            case 'I' -> "Insertion";
            case 'D' -> "Deletion";
            default -> "Substitution";
          });
    }
    return lines;
  }

  /**
   * Replays the tutorial's labels as an edit script (No Change keeps, Insertion inserts the next
   * target character, ...) and lists what does not work; empty when it happens to be valid.
   */
  public List<String> check() {
    List<String> problems = new ArrayList<>();
    int i = 0;
    int j = 0;
    int step = 0;
    for (char c : path().toCharArray()) {
      step++;
      boolean readsSource = c != 'I';
      boolean writesTarget = c != 'D';
      if ((readsSource && i >= a.length) || (writesTarget && j >= b.length)) {
        problems.add(T.get("editdistance.tutorial.pastEnd", step, String.valueOf(c)));
        return problems;
      }
      if (c == '-' && a[i] != b[j]) {
        problems.add(
            T.get(
                "editdistance.tutorial.falseKeep",
                step,
                CodePoints.text(a[i]),
                CodePoints.text(b[j])));
      }
      if (readsSource) {
        i++;
      }
      if (writesTarget) {
        j++;
      }
    }
    if (i != a.length || j != b.length) {
      problems.add(T.get("editdistance.tutorial.incomplete", i, a.length, j, b.length));
    }
    return problems;
  }
}

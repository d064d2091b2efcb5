package dev.learninglab.labs.editdistance.model;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tutorial's recursive edit distance, instrumented. Like the tutorial it looks at the first
 * characters: equal ones are kept; otherwise it tries insert, delete and substitute on the tails
 * and keeps the cheapest (on ties: substitute, then delete, then insert), narrating each operation
 * in the tutorial's words.
 *
 * <p>One deliberate difference: the tutorial's base case returns the length of the remaining
 * string, which is right only when inserting and deleting cost 1; here it is the length times the
 * cost.
 *
 * <p>The plain version makes up to three calls per call, {@code O(3^(m+n))}; it stops at a call
 * budget and says so. The memoised version remembers each pair of suffixes and makes at most three
 * calls per pair.
 *
 * <pre>{@code
 * RecursionReport r = TutorialRecursion.run("numpy", "numexpr", Costs.TUTORIAL, 1_000_000);
 * r.distance();     // 4
 * r.plainCalls();   // thousands; r.memoCalls() a few dozen
 * }</pre>
 */
public final class TutorialRecursion {
  /** Inputs longer than this are refused: the recursion is a lesson, not a tool. */
  public static final int MAX_LENGTH = 20;

  /** The most calls drawn as a tree. */
  public static final int MAX_TREE_NODES = 400;

  private final int[] a;
  private final int[] b;
  private final Costs costs;
  private final long budget;
  private long calls;

  private TutorialRecursion(int[] a, int[] b, Costs costs, long budget) {
    this.a = a;
    this.b = b;
    this.costs = costs;
    this.budget = budget;
  }

  /** Runs the plain recursion (up to {@code budget} calls) and the memoised one. */
  public static RecursionReport run(String source, String target, Costs costs, long budget) {
    int[] a = CodePoints.of(source);
    int[] b = CodePoints.of(target);
    if (a.length > MAX_LENGTH || b.length > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "The recursion takes strings of at most "
              + MAX_LENGTH
              + " characters (got "
              + a.length
              + " and "
              + b.length
              + "): its plain form needs up to 3^(m+n) calls");
    }
    if (budget < 1) {
      throw new IllegalArgumentException("The call budget must be at least 1, got " + budget);
    }
    BigInteger needed = plainCallsNeeded(a, b);
    TutorialRecursion plain = new TutorialRecursion(a, b, costs, budget);
    boolean exceeded = false;
    Step result = null;
    try {
      result = plain.solve(0, 0, needed.compareTo(BigInteger.valueOf(MAX_TREE_NODES)) <= 0);
    } catch (BudgetExceeded e) {
      exceeded = true;
    }
    Memoised memo = new Memoised(a, b, costs);
    Step memoResult = memo.solve(0, 0);
    Step shown = result != null ? result : memoResult;
    return new RecursionReport(
        memoResult.cost,
        Narration.toList(shown.narration),
        plain.calls,
        needed,
        exceeded,
        budget,
        memo.calls,
        (a.length + 1L) * (b.length + 1L),
        result == null ? Optional.empty() : Optional.ofNullable(result.node));
  }

  /**
   * Calls the plain recursion makes on {@code a, b}, from the recurrence {@code C(i,j) = 1} when a
   * suffix is empty, {@code 1 + C(i+1,j+1)} when the first characters match, else {@code 1 +
   * C(i,j+1) + C(i+1,j) + C(i+1,j+1)}.
   */
  static BigInteger plainCallsNeeded(int[] a, int[] b) {
    BigInteger[][] c = new BigInteger[a.length + 1][b.length + 1];
    for (int i = a.length; i >= 0; i--) {
      for (int j = b.length; j >= 0; j--) {
        if (i == a.length || j == b.length) {
          c[i][j] = BigInteger.ONE;
        } else if (a[i] == b[j]) {
          c[i][j] = BigInteger.ONE.add(c[i + 1][j + 1]);
        } else {
          c[i][j] = BigInteger.ONE.add(c[i][j + 1]).add(c[i + 1][j]).add(c[i + 1][j + 1]);
        }
      }
    }
    return c[0][0];
  }

  private Step solve(int i, int j, boolean withTree) {
    if (++calls > budget) {
      throw new BudgetExceeded();
    }
    Step base = Step.base(a, b, i, j, costs);
    if (base != null) {
      return withTree ? base.withNode(node(i, j, base, "base", List.of())) : base;
    }
    if (a[i] == b[j]) {
      Step tail = solve(i + 1, j + 1, withTree);
      Step kept = tail.prepend(Narration.keep(a[i]), 0);
      return withTree ? kept.withNode(node(i, j, kept, "keep", List.of(tail.node))) : kept;
    }
    Step ins = solve(i, j + 1, withTree);
    Step del = solve(i + 1, j, withTree);
    Step sub = solve(i + 1, j + 1, withTree);
    Step best = Step.cheapest(a[i], b[j], ins, del, sub, costs);
    if (!withTree) {
      return best;
    }
    return best.withNode(node(i, j, best, best.choice, List.of(ins.node, del.node, sub.node)));
  }

  private RecursionNode node(int i, int j, Step s, String choice, List<RecursionNode> children) {
    return new RecursionNode(suffix(a, i), suffix(b, j), s.cost, choice, children);
  }

  private static String suffix(int[] s, int from) {
    return new String(s, from, s.length - from);
  }

  /** Thrown to unwind the plain recursion once it passes its budget. */
  private static final class BudgetExceeded extends RuntimeException {
    BudgetExceeded() {
      super(null, null, false, false);
    }
  }

  /** The same recursion with a table of solved suffix pairs. */
  private static final class Memoised {
    private final int[] a;
    private final int[] b;
    private final Costs costs;
    private final Step[][] solved;
    private long calls;

    Memoised(int[] a, int[] b, Costs costs) {
      this.a = a;
      this.b = b;
      this.costs = costs;
      this.solved = new Step[a.length + 1][b.length + 1];
    }

    Step solve(int i, int j) {
      calls++;
      if (solved[i][j] != null) {
        return solved[i][j];
      }
      Step s = Step.base(a, b, i, j, costs);
      if (s == null) {
        s =
            a[i] == b[j]
                ? solve(i + 1, j + 1).prepend(Narration.keep(a[i]), 0)
                : Step.cheapest(
                    a[i], b[j], solve(i, j + 1), solve(i + 1, j), solve(i + 1, j + 1), costs);
      }
      solved[i][j] = s;
      return s;
    }
  }

  /** A call's answer: its cost, its narration and (when drawing) its tree node. */
  private static final class Step {
    final long cost;
    final Narration narration;
    final String choice;
    final RecursionNode node;

    Step(long cost, Narration narration, String choice, RecursionNode node) {
      this.cost = cost;
      this.narration = narration;
      this.choice = choice;
      this.node = node;
    }

    static Step base(int[] a, int[] b, int i, int j, Costs costs) {
      if (j == b.length) {
        int left = a.length - i;
        return new Step(
            (long) left * costs.delete(),
            left > 0 ? new Narration("Delete `" + suffix(a, i) + "` from sequence1.", null) : null,
            "base",
            null);
      }
      if (i == a.length) {
        return new Step(
            (long) (b.length - j) * costs.insert(),
            new Narration("Insert `" + suffix(b, j) + "` into sequence1.", null),
            "base",
            null);
      }
      return null;
    }

    /** The tutorial's choice: substitute if it is the minimum, else delete, else insert. */
    static Step cheapest(int x, int y, Step ins, Step del, Step sub, Costs costs) {
      long i = ins.cost + costs.insert();
      long d = del.cost + costs.delete();
      long s = sub.cost + costs.substitute();
      long min = Math.min(i, Math.min(d, s));
      String cx = CodePoints.text(x);
      String cy = CodePoints.text(y);
      if (min == s) {
        return sub.prepend(
            "Replace `" + cx + "` in sequence1 with `" + cy + "`.",
            costs.substitute(),
            "substitute");
      }
      if (min == d) {
        return del.prepend("Delete `" + cx + "` from sequence1.", costs.delete(), "delete");
      }
      return ins.prepend("Insert `" + cy + "` in sequence1.", costs.insert(), "insert");
    }

    Step prepend(String line, long extra) {
      return prepend(line, extra, "keep");
    }

    Step prepend(String line, long extra, String how) {
      return new Step(cost + extra, new Narration(line, narration), how, null);
    }

    Step withNode(RecursionNode n) {
      return new Step(cost, narration, choice, n);
    }
  }

  /** The narration as a shared-tail list, so each call adds one line without copying. */
  private record Narration(String line, Narration next) {
    static String keep(int c) {
      return "Make no change for character `" + CodePoints.text(c) + "`.";
    }

    static List<String> toList(Narration n) {
      List<String> out = new ArrayList<>();
      for (Narration x = n; x != null; x = x.next) {
        out.add(x.line);
      }
      return out;
    }
  }
}

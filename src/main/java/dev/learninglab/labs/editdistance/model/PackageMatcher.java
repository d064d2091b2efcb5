package dev.learninglab.labs.editdistance.model;

import dev.learninglab.core.task.Progress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The tutorial's application: for each package of one requirement list, the closest line of another
 * by edit distance, and how often that closest line names the same package.
 *
 * <p>As in the tutorial, the first strictly smaller distance wins, so on a tie the earlier line of
 * the second list is kept. A candidate whose length alone makes its distance at least the best so
 * far is skipped without computing it ({@code distance >= |m - n| * del or ins}); this never
 * changes the answer.
 *
 * <pre>{@code
 * MatchReport r = new PackageMatcher(false).match(RequirementList.read(py36), RequirementList.read(py39), progress);
 * r.accuracy();
 * }</pre>
 */
public final class PackageMatcher {
  /** Patterns up to this length get their masks built once per line of the first list. */
  private static final int REUSED_PATTERN_LIMIT = 1024;

  private final boolean namesOnly;
  private final Costs costs;

  /** A matcher with the tutorial's costs (1, 1, 2). */
  public PackageMatcher(boolean namesOnly) {
    this(namesOnly, Costs.TUTORIAL);
  }

  public PackageMatcher(boolean namesOnly, Costs costs) {
    this.namesOnly = namesOnly;
    this.costs = costs;
  }

  public MatchReport match(RequirementList first, RequirementList second, Progress progress) {
    Function<String, String> normalise = namesOnly ? PackageNames::pep503 : PackageNames::tutorial;
    Function<String, String> name = namesOnly ? Function.identity() : PackageNames::tutorialName;
    List<String> as = first.lines().stream().map(normalise).toList();
    List<String> bs = second.lines().stream().map(normalise).toList();
    int[][] targets = bs.stream().map(CodePoints::of).toArray(int[][]::new);
    Set<String> namesInSecond = new HashSet<>();
    bs.forEach(b -> namesInSecond.add(name.apply(b)));

    List<Match> matches = new ArrayList<>(as.size());
    List<String> unmatched = new ArrayList<>();
    int correct = 0;
    for (int k = 0; k < as.size(); k++) {
      progress.checkCancelled();
      progress.report(k, as.size(), "matching " + abbreviate(as.get(k)));
      String a = as.get(k);
      Best found;
      try {
        found = best(CodePoints.of(a), targets);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            first.name() + ", requirement " + (k + 1) + ": " + e.getMessage(), e);
      }
      String best = bs.get(found.index());
      boolean same = name.apply(a).equals(name.apply(best));
      if (same) {
        correct++;
      }
      if (!namesInSecond.contains(name.apply(a))) {
        unmatched.add(a);
      }
      matches.add(new Match(a, best, found.distance(), same));
    }
    progress.report(as.size(), as.size(), "matched " + as.size() + " packages");
    int matchable = as.size() - unmatched.size();
    return new MatchReport(
        as.size(),
        correct,
        (double) correct / as.size(),
        matchable,
        matchable == 0 ? null : (double) correct / matchable,
        matches,
        unmatched);
  }

  /** The first target with the smallest distance to {@code a}, and that distance. */
  Best best(int[] a, int[][] targets) {
    boolean lcs = costs.substitutionNeverHelps();
    LcsPattern pattern = lcs && a.length <= REUSED_PATTERN_LIMIT ? LcsPattern.of(a) : null;
    long best = Long.MAX_VALUE;
    int bestIndex = -1;
    for (int t = 0; t < targets.length; t++) {
      int[] b = targets[t];
      long bound =
          a.length >= b.length
              ? (long) (a.length - b.length) * costs.delete()
              : (long) (b.length - a.length) * costs.insert();
      if (bound >= best) {
        continue;
      }
      long d =
          pattern != null
              ? EditDistance.fromLcs(a.length, b.length, pattern.lcs(b), costs)
              : EditDistance.distance(a, b, costs);
      if (d < best) {
        best = d;
        bestIndex = t;
      }
    }
    return new Best(bestIndex, best);
  }

  record Best(int index, long distance) {}

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}

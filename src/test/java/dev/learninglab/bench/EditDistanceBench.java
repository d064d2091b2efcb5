package dev.learninglab.bench;

import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.editdistance.model.CodePoints;
import dev.learninglab.labs.editdistance.model.Costs;
import dev.learninglab.labs.editdistance.model.LcsPattern;
import dev.learninglab.labs.editdistance.model.MatchReport;
import dev.learninglab.labs.editdistance.model.PackageMatcher;
import dev.learninglab.labs.editdistance.model.PackageNames;
import dev.learninglab.labs.editdistance.model.RequirementList;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Java side of scripts/bench/bench-edit-distance (run that script). Times, single-threaded: -
 * "every pair": all |A| x |B| distances by the bit-parallel LCS (pattern built once per A line),
 * keeping the first strictly smaller one, the same work python-Levenshtein does; - "matcher": the
 * lab's whole PackageMatcher (normalising, matching, names, report), which skips lines whose length
 * alone rules them out. Prints one JSON line (medians of the timed repeats) and writes
 * java-best.json (best index and distance per A line).
 */
public final class EditDistanceBench {
  private EditDistanceBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int repeats = Integer.parseInt(args[1]);
    RequirementList a = RequirementList.read(dir.resolve("specs-a.txt"));
    RequirementList b = RequirementList.read(dir.resolve("specs-b.txt"));
    int[][] as =
        a.lines().stream().map(PackageNames::tutorial).map(CodePoints::of).toArray(int[][]::new);
    int[][] bs =
        b.lines().stream().map(PackageNames::tutorial).map(CodePoints::of).toArray(int[][]::new);
    long[][] best = null;
    double[] every = new double[repeats];
    double[] matcher = new double[repeats];
    MatchReport report = null;
    for (int r = -2; r < repeats; r++) { // two warm-up rounds for the JIT
      long t0 = System.nanoTime();
      best = everyPair(as, bs);
      long t1 = System.nanoTime();
      report = new PackageMatcher(false).match(a, b, Progress.none());
      long t2 = System.nanoTime();
      if (r >= 0) {
        every[r] = (t1 - t0) / 1e9;
        matcher[r] = (t2 - t1) / 1e9;
      }
    }
    for (int i = 0; i < as.length; i++) {
      if (report.matches().get(i).distance() != best[i][1]) {
        throw new AssertionError("matcher and every-pair disagree at line " + (i + 1));
      }
    }
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < best.length; i++) {
      json.append(i == 0 ? "" : ",")
          .append('[')
          .append(best[i][0])
          .append(',')
          .append(best[i][1])
          .append(']');
    }
    java.nio.file.Files.writeString(dir.resolve("java-best.json"), json.append(']').toString());
    System.out.println(
        "{\"pairs\": "
            + (long) as.length * bs.length
            + ", \"everyPairSeconds\": "
            + median(every)
            + ", \"matcherSeconds\": "
            + median(matcher)
            + ", \"accuracy\": "
            + report.accuracy()
            + "}");
  }

  static double median(double[] seconds) {
    double[] s = seconds.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  static long[][] everyPair(int[][] as, int[][] bs) {
    Costs c = Costs.TUTORIAL;
    long[][] best = new long[as.length][];
    for (int i = 0; i < as.length; i++) {
      LcsPattern p = LcsPattern.of(as[i]);
      long bestD = Long.MAX_VALUE;
      int bestJ = -1;
      for (int j = 0; j < bs.length; j++) {
        long d = as[i].length + bs[j].length - 2L * p.lcs(bs[j]);
        if (d < bestD) {
          bestD = d;
          bestJ = j;
        }
      }
      best[i] = new long[] {bestJ, bestD};
    }
    return best;
  }
}

package dev.learninglab.bench;

import dev.learninglab.labs.gauntlet.model.Checker;
import dev.learninglab.labs.gauntlet.model.Pack;
import dev.learninglab.labs.gauntlet.model.Packs;
import dev.learninglab.labs.gauntlet.model.SectionCode;
import dev.learninglab.labs.gauntlet.model.SectionResult;
import dev.learninglab.labs.gauntlet.model.Status;
import dev.learninglab.labs.gauntlet.model.TemplateParser;
import dev.learninglab.labs.gauntlet.model.Templates;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * Times what the Gauntlet view does when it opens and the learner runs: the warm-up the view starts
 * in the background (JShell VM, imports, section 1's expected values), then the first checked run
 * of section 1, then warm runs of section 2 (after one run that computes its expected values).
 * Prints one JSON line (seconds; the warm runs' median). Run through
 * scripts/bench/bench-gauntlet.sh.
 */
public final class GauntletBench {
  private GauntletBench() {}

  public static void main(String[] args) throws Exception {
    int warmRuns = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    Pack pack = Packs.load("wrangling");
    Map<Integer, SectionCode> solution = TemplateParser.sections(Templates.solution(pack));
    Duration limit = Duration.ofSeconds(30);
    long t0 = System.nanoTime();
    try (Checker checker = Checker.open(pack)) {
      checker.warmUp();
      long tWarm = System.nanoTime();
      SectionResult first = checker.run(solution.get(1), limit, true);
      long tFirst = System.nanoTime();
      require(first);
      require(checker.run(solution.get(2), limit, true));
      double[] warm = new double[warmRuns];
      for (int i = 0; i < warmRuns; i++) {
        long t = System.nanoTime();
        require(checker.run(solution.get(2), limit, true));
        warm[i] = (System.nanoTime() - t) / 1e6;
      }
      Arrays.sort(warm);
      System.out.printf(
          java.util.Locale.ROOT,
          "{\"warmUpSeconds\": %.3f, \"firstCheckedRunAfterWarmUpSeconds\": %.3f,"
              + " \"openToFirstRunSeconds\": %.3f, \"section2WarmSeconds\": %.4f}%n",
          (tWarm - t0) / 1e9,
          (tFirst - tWarm) / 1e9,
          (tFirst - t0) / 1e9,
          warm[warmRuns / 2] / 1e3);
    }
  }

  private static void require(SectionResult r) {
    if (r.status() != Status.pass) {
      throw new IllegalStateException("section " + r.number() + " did not pass: " + r.message());
    }
  }
}

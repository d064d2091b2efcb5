package dev.learninglab.labs.gauntlet.model.history;

import static dev.learninglab.labs.gauntlet.model.GauntletTexts.T;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The text shown at Finish: total time, per-section time, peeks and first-try passes, each set
 * against the learner's earlier finished sessions of the same pack.
 */
public final class SessionSummary {
  private SessionSummary() {}

  public static List<String> lines(SessionRecord now, List<SessionRecord> history) {
    List<SessionRecord> before =
        history.stream()
            .filter(
                r ->
                    r.pack().equals(now.pack())
                        && r.finished() != null
                        && !r.started().equals(now.started()))
            .toList();
    List<String> out = new ArrayList<>();
    OptionalDouble avgTotal = before.stream().mapToLong(SessionRecord::totalSeconds).average();
    long best = before.stream().mapToLong(SessionRecord::totalSeconds).min().orElse(-1);
    out.add(
        before.isEmpty()
            ? T.get("gauntlet.summary.totalFirst", clock(now.totalSeconds()))
            : T.get(
                "gauntlet.summary.total",
                clock(now.totalSeconds()),
                before.size(),
                clock(Math.round(avgTotal.getAsDouble())),
                clock(best)));
    out.add(
        before.isEmpty()
            ? T.get("gauntlet.summary.firstTryFirst", now.firstTryPasses(), now.sections().size())
            : T.get(
                "gauntlet.summary.firstTry",
                now.firstTryPasses(),
                now.sections().size(),
                oneDecimal(before.stream().mapToLong(SessionRecord::firstTryPasses).average())));
    out.add(
        before.isEmpty()
            ? T.get("gauntlet.summary.peeksFirst", now.peeks())
            : T.get(
                "gauntlet.summary.peeks",
                now.peeks(),
                oneDecimal(before.stream().mapToLong(SessionRecord::peeks).average())));
    for (SectionStat s : now.sections()) {
      OptionalDouble earlier =
          before.stream()
              .flatMap(r -> r.sections().stream())
              .filter(x -> x.number() == s.number() && x.runs() > 0)
              .mapToLong(SectionStat::seconds)
              .average();
      int passed = s.passed() ? 1 : 0;
      int peeked = s.peeked() ? 1 : 0;
      String line =
          earlier.isPresent()
              ? T.get(
                  "gauntlet.summary.sectionEarlier",
                  clock(s.seconds()),
                  passed,
                  peeked,
                  clock(Math.round(earlier.getAsDouble())))
              : T.get("gauntlet.summary.section", clock(s.seconds()), passed, peeked);
      out.add(String.format("  %2d. %s", s.number(), line));
    }
    return out;
  }

  static String clock(long seconds) {
    return String.format("%d:%02d", seconds / 60, seconds % 60);
  }

  private static String oneDecimal(OptionalDouble d) {
    return String.format("%.1f", d.orElse(0));
  }
}

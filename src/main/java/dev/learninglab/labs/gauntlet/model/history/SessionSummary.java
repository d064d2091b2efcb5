package dev.learninglab.labs.gauntlet.model.history;

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
        "Total "
            + clock(now.totalSeconds())
            + (before.isEmpty()
                ? " (your first gauntlet of this pack)"
                : " (average of your "
                    + before.size()
                    + " earlier: "
                    + clock(Math.round(avgTotal.getAsDouble()))
                    + ", best "
                    + clock(best)
                    + ")"));
    out.add(
        "First-try passes "
            + now.firstTryPasses()
            + " of "
            + now.sections().size()
            + (before.isEmpty()
                ? ""
                : " (earlier average "
                    + oneDecimal(before.stream().mapToLong(SessionRecord::firstTryPasses).average())
                    + ")"));
    out.add(
        "Peeks "
            + now.peeks()
            + (before.isEmpty()
                ? ""
                : " (earlier average "
                    + oneDecimal(before.stream().mapToLong(SessionRecord::peeks).average())
                    + ")"));
    for (SectionStat s : now.sections()) {
      OptionalDouble earlier =
          before.stream()
              .flatMap(r -> r.sections().stream())
              .filter(x -> x.number() == s.number() && x.runs() > 0)
              .mapToLong(SectionStat::seconds)
              .average();
      out.add(
          String.format(
              "  %2d. %s %s%s%s",
              s.number(),
              clock(s.seconds()),
              s.passed() ? "pass" : "not passed",
              s.peeked() ? ", peeked" : "",
              earlier.isPresent()
                  ? " (earlier average " + clock(Math.round(earlier.getAsDouble())) + ")"
                  : ""));
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

package dev.learninglab.labs.gauntlet.model.history;

import java.util.List;

/** The history as CSV, one row per section per session, for spreadsheets and pandas. */
public final class HistoryCsv {
  static final String HEADER =
      "day,pack,started,finished,complete,section,seconds,runs,first_try_pass,passed,peeked";

  private HistoryCsv() {}

  public static String of(List<SessionRecord> sessions) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (SessionRecord r : sessions) {
      for (SectionStat s : r.sections()) {
        out.append(r.day())
            .append(',')
            .append(r.pack())
            .append(',')
            .append(r.started())
            .append(',')
            .append(r.finished() == null ? "" : r.finished().toString())
            .append(',')
            .append(r.complete())
            .append(',')
            .append(s.number())
            .append(',')
            .append(s.seconds())
            .append(',')
            .append(s.runs())
            .append(',')
            .append(s.firstTryPass())
            .append(',')
            .append(s.passed())
            .append(',')
            .append(s.peeked())
            .append('\n');
      }
    }
    return out.toString();
  }
}

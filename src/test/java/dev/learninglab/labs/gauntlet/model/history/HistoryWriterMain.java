package dev.learninglab.labs.gauntlet.model.history;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Appends large sessions as fast as it can until killed: the victim of the kill test. */
public final class HistoryWriterMain {
  public static void main(String[] args) throws Exception {
    HistoryStore store = new HistoryStore(Path.of(args[0]));
    List<SectionStat> many = new ArrayList<>();
    for (int n = 1; n <= 20_000; n++) {
      many.add(new SectionStat(n, n, 1, true, true, false));
    }
    Instant t = Instant.parse("2026-11-25T07:00:00Z");
    for (int i = 0; ; i++) {
      Instant start = t.plusSeconds(i);
      store.append(
          new SessionRecord(
              "wrangling", LocalDate.of(2026, 11, 25), start, start.plusSeconds(600), many));
    }
  }
}

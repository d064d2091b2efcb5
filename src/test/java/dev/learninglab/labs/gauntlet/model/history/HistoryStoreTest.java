package dev.learninglab.labs.gauntlet.model.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {
  @TempDir Path dir;

  static SessionRecord session(String day, boolean allPassed) {
    Instant start = Instant.parse(day + "T07:00:00Z");
    List<SectionStat> stats = new ArrayList<>();
    for (int n = 1; n <= 10; n++) {
      stats.add(new SectionStat(n, 60 + n, 1, true, allPassed || n > 1, false));
    }
    return new SessionRecord(
        "wrangling", LocalDate.parse(day), start, start.plusSeconds(700), stats);
  }

  @Test
  void sessionsRoundTrip() throws Exception {
    HistoryStore store = new HistoryStore(dir);
    store.append(session("2026-11-24", true));
    store.append(session("2026-11-25", false));
    HistoryStore.Loaded loaded = store.load();
    assertThat(loaded.problems()).isEmpty();
    assertThat(loaded.sessions())
        .containsExactly(session("2026-11-24", true), session("2026-11-25", false));
  }

  @Test
  void aCorruptFileIsSetAsideWithAMessage() throws Exception {
    HistoryStore store = new HistoryStore(dir);
    store.append(session("2026-11-24", true));
    Files.writeString(
        dir.resolve("sessions/2026-11-25T07-00-00Z-wrangling.json"), "{\"pack\": \"wrangl");
    HistoryStore.Loaded loaded = store.load();
    assertThat(loaded.sessions()).hasSize(1);
    assertThat(loaded.problems())
        .singleElement()
        .asString()
        .contains("2026-11-25T07-00-00Z-wrangling.json")
        .contains("moved to");
    assertThat(dir.resolve("corrupt/2026-11-25T07-00-00Z-wrangling.json")).exists();
  }

  @Test
  void killingTheWriterMidWriteLeavesEarlierSessionsIntact() throws Exception {
    HistoryStore store = new HistoryStore(dir);
    store.append(session("2026-11-24", true));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process writer =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                HistoryWriterMain.class.getName(),
                dir.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    Path sessions = dir.resolve("sessions");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (countFiles(sessions) < 3 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    writer.destroyForcibly().waitFor(120, TimeUnit.SECONDS);
    HistoryStore.Loaded loaded = new HistoryStore(dir).load();
    assertThat(loaded.problems()).isEmpty();
    assertThat(loaded.sessions()).first().isEqualTo(session("2026-11-24", true));
    assertThat(loaded.sessions().size()).isGreaterThanOrEqualTo(2);
  }

  private static long countFiles(Path d) {
    File[] files = d.toFile().listFiles();
    return files == null ? 0 : files.length;
  }

  @Test
  void csvHasOneRowPerSectionPerSession() {
    String csv = HistoryCsv.of(List.of(session("2026-11-24", true)));
    assertThat(csv.lines()).hasSize(11);
    assertThat(csv.lines().skip(1).findFirst())
        .hasValue(
            "2026-11-24,wrangling,2026-11-24T07:00:00Z,2026-11-24T07:11:40Z,true,1,61,1,true,true,false");
  }

  @Test
  void theLaunchRuleOpensTheGauntletOnlyWhenAskedAndTodayIsNotDone() throws Exception {
    LocalDate day = LocalDate.parse("2026-11-24");
    assertThat(LaunchRule.openAtLaunch(dir, day)).isFalse();
    GauntletSettings.defaults().withOpenAtLaunch(true).save(dir);
    assertThat(LaunchRule.openAtLaunch(dir, day)).isTrue();
    new HistoryStore(dir).append(session("2026-11-24", true));
    assertThat(LaunchRule.openAtLaunch(dir, day)).isFalse();
  }

  @Test
  void settingsSurviveARestartAndACorruptFileFallsBackToDefaults() throws Exception {
    GauntletSettings.defaults().withOpenAtLaunch(true).save(dir);
    assertThat(GauntletSettings.load(dir).openAtLaunchWhenNotDone()).isTrue();
    Files.writeString(GauntletSettings.file(dir), "{oops");
    assertThat(GauntletSettings.load(dir)).isEqualTo(GauntletSettings.defaults());
    assertThat(dir.resolve("settings.json.corrupt")).exists();
  }
}

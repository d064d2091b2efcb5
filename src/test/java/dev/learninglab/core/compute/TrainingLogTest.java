package dev.learninglab.core.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingLogTest {

  @TempDir Path dir;

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-30T01:02:03Z"), ZoneOffset.UTC);

  @Test
  void aResumedRunAppendsAndCarriesTheTotalsOn() throws Exception {
    Path csv = dir.resolve("log.csv");
    TrainingLog first = new TrainingLog(csv, "x3 a", CLOCK);
    first.epochEnded(new EpochReport(1, 2, 0.01, 30.5, true, 100, 20));
    first.epochEnded(new EpochReport(2, 2, 0.008, 30.4, false, 50, 40));
    TrainingLog resumed = new TrainingLog(csv, "x3 b", CLOCK);
    resumed.epochEnded(new EpochReport(1, 5, 0.007, 30.9, true, 10, 100));

    assertThat(Files.readAllLines(csv))
        .containsExactly(
            TrainingLog.HEADER,
            "2026-11-30T01:02:03Z,x3 a,1,2000,0.010000,30.5000,true,20.0,20.0",
            "2026-11-30T01:02:03Z,x3 a,2,4000,0.008000,30.4000,false,40.0,60.0",
            "2026-11-30T01:02:03Z,x3 b,1,5000,0.007000,30.9000,true,100.0,160.0");
  }

  @Test
  void refusesAFileThatIsNotALog() throws Exception {
    Path other = dir.resolve("other.csv");
    Files.writeString(other, "a,b\n1,2\n");
    assertThatThrownBy(() -> new TrainingLog(other, "x", CLOCK))
        .hasMessageContaining("is not a training log");
    assertThatThrownBy(() -> new TrainingLog(dir.resolve("n.csv"), "a,b", CLOCK))
        .hasMessageContaining("must not contain commas");
  }
}

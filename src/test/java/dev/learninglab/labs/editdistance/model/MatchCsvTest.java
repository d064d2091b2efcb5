package dev.learninglab.labs.editdistance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchCsvTest {
  @TempDir Path dir;

  private final MatchReport report =
      new MatchReport(
          2,
          1,
          0.5,
          1,
          1.0,
          List.of(new Match("six==1", "six==2", 1, true), new Match("a,\"b\"", "c", 3, false)),
          List.of("a,\"b\""));

  @Test
  void quotesFieldsWithCommasAndQuotes() {
    assertThat(MatchCsv.format(report))
        .isEqualTo(
            "package,best,distance,correct\r\nsix==1,six==2,1,true\r\n\"a,\"\"b\"\"\",c,3,false\r\n");
  }

  @Test
  void writesTheFile() throws Exception {
    Path f = dir.resolve("m.csv");
    MatchCsv.write(report, f);
    assertThat(Files.readString(f)).isEqualTo(MatchCsv.format(report));
  }
}

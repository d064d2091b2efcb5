package dev.learninglab.labs.gauntlet.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A section that changes or redeclares mpg cannot disturb the next run. */
class DataIsolationTest {
  private static final Duration LIMIT = Duration.ofSeconds(30);
  private final Checker checker = SharedCheckers.of("wrangling");
  private final Pack pack = Packs.load("wrangling");

  @Test
  void changingMpgInPlaceDoesNotLeak() {
    run(
        1,
        "mpg.column(\"hwy\").setName(\"highway\");\nmpg.intColumn(\"cty\").set(0, 999);\nTable picked = mpg;");
    assertThat(run(2, pack.section(2).reference()).status()).isEqualTo(Status.pass);
  }

  @Test
  void redeclaringMpgDoesNotLeak() {
    run(1, "Table mpg = Table.create(\"empty\");\nTable picked = mpg;");
    assertThat(run(3, pack.section(3).reference()).status()).isEqualTo(Status.pass);
  }

  @Test
  void aFailedRunDoesNotLeaveChangedData() {
    SectionResult broken = run(1, "mpg.removeColumns(\"hwy\");\nint x = \"not a number\";");
    assertThat(broken.status()).isEqualTo(Status.error);
    assertThat(run(2, pack.section(2).reference()).status()).isEqualTo(Status.pass);
  }

  private SectionResult run(int section, String code) {
    return checker.run(new SectionCode(section, code, 1), LIMIT, false);
  }
}

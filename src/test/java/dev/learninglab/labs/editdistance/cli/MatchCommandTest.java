package dev.learninglab.labs.editdistance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.testing.BadInputs;
import dev.learninglab.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class MatchCommandTest {
  @TempDir Path dir;

  @Test
  void jsonHasTheDocumentedKeys() throws Exception {
    Path a = write("a.txt", "# old\nnumpy==1.19\npandas\nxlrd==1.2\n");
    Path b = write("b.txt", "numpy==1.20\npandas==1.2.1\n");
    JsonNode j = Cli.run("edit-distance", "match", a.toString(), b.toString(), "--json").json();
    List<String> keys = new ArrayList<>();
    j.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly(
            "total",
            "correct",
            "accuracy",
            "matchable",
            "matchableAccuracy",
            "matches",
            "unmatched");
    assertThat(j.get("total").asInt()).isEqualTo(3);
    assertThat(j.get("correct").asInt()).isEqualTo(2);
    assertThat(j.get("matchable").asInt()).isEqualTo(2);
    assertThat(j.get("matchableAccuracy").asDouble()).isEqualTo(1.0);
    assertThat(j.get("matches").get(0).toString())
        .isEqualTo(
            "{\"package\":\"numpy==1.19\",\"best\":\"numpy==1.20\",\"distance\":4,\"correct\":true}");
    assertThat(j.get("unmatched").get(0).asText()).isEqualTo("xlrd==1.2");
  }

  @Test
  void namesOnlyComparesNormalisedNames() throws Exception {
    Path a = write("a.txt", "Typing_Extensions==3.7\n");
    Path b = write("b.txt", "typing-extensions==3.10\nsix\n");
    JsonNode j =
        Cli.run("edit-distance", "match", a.toString(), b.toString(), "--names-only", "--json")
            .json();
    assertThat(j.get("matches").get(0).get("best").asText()).isEqualTo("typing-extensions");
    assertThat(j.get("matches").get(0).get("distance").asLong()).isZero();
  }

  @Test
  void nothingMatchableGivesNullMatchableAccuracy() throws Exception {
    JsonNode j =
        Cli.run(
                "edit-distance",
                "match",
                write("a.txt", "xlrd\n").toString(),
                write("b.txt", "six\n").toString(),
                "--json")
            .json();
    assertThat(j.get("matchableAccuracy").isNull()).isTrue();
  }

  @Test
  void emptyAndMissingFilesGiveClearMessages() throws Exception {
    Path empty = write("empty.txt", "");
    Path ok = write("ok.txt", "six\n");
    Cli r = Cli.run("edit-distance", "match", empty.toString(), ok.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("empty.txt has no requirements");
    Cli missing =
        Cli.run("edit-distance", "match", dir.resolve("nope.txt").toString(), ok.toString());
    assertThat(missing.err()).contains("File not found:").contains("nope.txt");
  }

  @Test
  void textOutputEndsWithTheFigures() throws Exception {
    String out =
        Cli.run(
                "edit-distance",
                "match",
                write("a.txt", "six==1\n").toString(),
                write("b.txt", "six==2\n").toString())
            .out();
    assertThat(out)
        .contains("accuracy: 1.0000")
        .contains("matchable accuracy: 1.0000")
        .contains("unmatched (0): -");
  }

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  @Timeout(120) // a guard against the hang (> 60 s before), not a timing assertion
  void aHugeLineIsRefusedQuicklyAndNotEchoed() throws Exception {
    Path a = write("a.txt", "numpy\n");
    Path b = write("b.txt", "six\n" + BadInputs.hugeLine(50_000_000) + "\n");
    Cli r = Cli.run("edit-distance", "match", a.toString(), b.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("b.txt line 2 is 50000000 characters long");
    assertThat(r.err().length()).isLessThan(400);
  }

  @Test
  void endlessAndNonUtf8InputAreNamedInOneLine() throws Exception {
    Path a = write("a.txt", "numpy\n");
    Cli zero = Cli.run("edit-distance", "match", a.toString(), BadInputs.INFINITE.toString());
    assertThat(zero.code()).isEqualTo(1);
    assertThat(zero.err().strip()).contains("/dev/zero is larger than").doesNotContain("\n");
    Path latin = BadInputs.latin1(dir.resolve("l1.txt"), "caf\u00e9\n");
    Cli l1 = Cli.run("edit-distance", "match", a.toString(), latin.toString());
    assertThat(l1.err()).contains("l1.txt is not UTF-8 text");
  }

  @Test
  void aBomIsNotPartOfTheFirstRequirement() throws Exception {
    Path a = BadInputs.withBom(dir.resolve("a.txt"), "numpy==1.19\n");
    Path b = write("b.txt", "numpy==1.20\n");
    JsonNode j = Cli.run("edit-distance", "match", a.toString(), b.toString(), "--json").json();
    assertThat(j.get("matches").get(0).get("package").asText()).isEqualTo("numpy==1.19");
    assertThat(j.get("matches").get(0).get("distance").asInt()).isEqualTo(4);
  }
}

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
import org.junit.jupiter.api.io.TempDir;

class EditDistanceCommandTest {
  @TempDir Path dir;

  @Test
  void jsonHasDistanceOperationsAndMatrix() {
    JsonNode j = Cli.run("edit-distance", "numpy", "numexpr", "--json").json();
    assertThat(j.get("distance").asLong()).isEqualTo(4);
    List<String> keys = new ArrayList<>();
    j.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("distance", "operations", "matrix");
    JsonNode insert = j.get("operations").get(3);
    assertThat(insert.toString())
        .isEqualTo(
            "{\"op\":\"insert\",\"sourceIndex\":3,\"targetIndex\":3,\"from\":null,\"to\":\"e\",\"cost\":1}");
    assertThat(j.get("matrix")).hasSize(6);
    assertThat(j.get("matrix").get(5).get(7).asLong()).isEqualTo(4);
  }

  @Test
  void costOptionsChangeTheAnswer() {
    JsonNode j =
        Cli.run(
                "edit-distance",
                "kitten",
                "sitting",
                "--ins",
                "1",
                "--del",
                "1",
                "--sub",
                "1",
                "--json")
            .json();
    assertThat(j.get("distance").asLong()).isEqualTo(3);
    long sum = 0;
    for (JsonNode op : j.get("operations")) {
      sum += op.get("cost").asLong();
    }
    assertThat(sum).isEqualTo(3);
  }

  @Test
  void matrixIsLeftOutBeyondSixtyFourCharacters() {
    JsonNode j = Cli.run("edit-distance", "a".repeat(65), "b", "--json").json();
    assertThat(j.has("matrix")).isFalse();
    assertThat(j.get("distance").asLong()).isEqualTo(66);
    assertThat(j.get("operations"))
        .hasSize(65); // 64 deletes and one substitute (diagonal wins the tie with delete+insert)
  }

  @Test
  void hundredThousandCharacterStringsGetADistanceWithoutOperations() {
    JsonNode j =
        Cli.run("edit-distance", "ab".repeat(50_000), "ba".repeat(50_000), "--json").json();
    assertThat(j.get("distance").asLong()).isEqualTo(2);
    assertThat(j.get("operations").isNull()).isTrue();
    assertThat(j.get("note").asText()).contains("one byte per matrix cell");
  }

  @Test
  void badCostsGiveAClearMessageAndExitOne() {
    Cli r = Cli.run("edit-distance", "a", "b", "--del", "-3");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "learning-lab edit-distance: The delete cost must be a whole number from 0 to 1000000, got -3");
    Cli nan = Cli.run("edit-distance", "a", "b", "--ins", "x");
    assertThat(nan.err()).contains("The insert cost must be a whole number");
  }

  @Test
  void oneStringIsAnError() {
    Cli r = Cli.run("edit-distance", "a");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Expected SOURCE and TARGET");
  }

  @Test
  void textOutputPrintsDashesForAbsentCharacters() {
    String out = Cli.run("edit-distance", "ab", "b").out();
    assertThat(out).contains("distance: 1").contains("delete          0      0    a    -     1");
  }

  @Test
  void pairsFileGivesOneDistancePerLine() throws Exception {
    Path f = dir.resolve("pairs.tsv");
    Files.writeString(f, "numpy\tnumexpr\n\nkitten\tsitting\n\tabc\n");
    JsonNode j = Cli.run("edit-distance", "--pairs", f.toString(), "--json").json();
    assertThat(j.get("pairs").toString())
        .isEqualTo(
            "[{\"source\":\"numpy\",\"target\":\"numexpr\",\"distance\":4},"
                + "{\"source\":\"kitten\",\"target\":\"sitting\",\"distance\":5},"
                + "{\"source\":\"\",\"target\":\"abc\",\"distance\":3}]");
    assertThat(Cli.run("edit-distance", "--pairs", f.toString()).out())
        .startsWith("numpy\tnumexpr\t4\n");
  }

  @Test
  void pairsLineWithoutTabIsNamed() throws Exception {
    Path f = dir.resolve("bad.tsv");
    Files.writeString(f, "a\tb\nno tab here\n");
    Cli r = Cli.run("edit-distance", "--pairs", f.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("bad.tsv line 2: expected SOURCE<TAB>TARGET, found no tab in \"no tab here\"");
  }

  @Test
  void binaryPairsFileIsRefused() throws Exception {
    Path f = dir.resolve("x.bin");
    Files.write(f, new byte[] {1, 2, 0, 4});
    Cli r = Cli.run("edit-distance", "--pairs", f.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("looks binary");
  }

  @Test
  void aBomIsNotCountedAsACharacter() throws Exception {
    Path f = BadInputs.withBom(dir.resolve("bom.tsv"), "kitten\tsitting\n");
    Cli r = Cli.run("edit-distance", "--pairs", f.toString(), "--json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"kitten\"").doesNotContain("\ufeff");
    assertThat(r.json().toString()).contains("\"distance\":5"); // 6 when the BOM counted
  }
}

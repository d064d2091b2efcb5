package dev.learninglab.labs.gauntlet.cli;

import static dev.learninglab.testing.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.learninglab.labs.gauntlet.model.Packs;
import dev.learninglab.labs.gauntlet.model.Templates;
import dev.learninglab.testing.BadInputs;
import dev.learninglab.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GauntletCommandTest {
  @TempDir Path dir;

  @Test
  void templateIsBlankAndSolutionIsFilled() {
    Cli blank = run("gauntlet", "template");
    Cli solution = run("gauntlet", "solution", "--pack", "wrangling");
    assertThat(blank.code()).isZero();
    assertThat(blank.out())
        .contains("// ## 10. Simple charts: bar, line, scatter")
        .doesNotContain("new XYChartBuilder()");
    assertThat(solution.out())
        .contains("// ## 10. Simple charts: bar, line, scatter")
        .contains("new XYChartBuilder()");
  }

  @Test
  void anUnknownPackIsAClearError() {
    Cli r = run("gauntlet", "template", "--pack", "cobol");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("Unknown drill pack `cobol` (packs: wrangling, java-basics, ");
  }

  @Test
  void listNamesEveryPackWithItsSectionCount() {
    Cli r = run("gauntlet", "list");
    assertThat(r.code()).isZero();
    for (String id : Packs.IDS) {
      assertThat(r.out())
          .containsPattern("(?m)^" + id + " +" + Packs.load(id).sections().size() + " sections  ");
    }
    assertThat(r.out()).contains("Arrays, the NumPy exercises in DJL's NDArray");
  }

  @Test
  void checkPrintsTheJsonContractAndExitsZeroWhateverTheResults() throws Exception {
    String template = Packs.load("java-basics").section(1).reference();
    Path file = dir.resolve("mine.jsh");
    Files.writeString(
        file,
        "// ## 1. Operators\n"
            + template
            + "\n// ## 2. For loops\nint sumOfSquares = 1;\nList<Integer> evens = List.of();\n");
    Cli r =
        run(
            "gauntlet",
            "check",
            file.toString(),
            "--pack",
            "java-basics",
            "--timeout",
            "20",
            "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.path("pack").asText()).isEqualTo("java-basics");
    assertThat(json.path("passed").asInt()).isEqualTo(1);
    assertThat(json.path("total").asInt()).isEqualTo(10);
    JsonNode first = json.path("sections").get(0);
    assertThat(first.path("number").asInt()).isEqualTo(1);
    assertThat(first.path("title").asText()).isEqualTo("Operators");
    assertThat(first.path("status").asText()).isEqualTo("pass");
    assertThat(first.has("message")).isTrue();
    assertThat(first.has("millis")).isTrue();
    assertThat(json.path("sections").get(1).path("status").asText()).isEqualTo("fail");
    assertThat(json.path("sections").get(1).path("message").asText())
        .contains("`sumOfSquares`: expected 385, got 1");
    assertThat(json.path("sections").get(2).path("status").asText()).isEqualTo("empty");
  }

  @Test
  void aMissingFileIsAClearError() {
    Cli r = run("gauntlet", "check", dir.resolve("nope.jsh").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("No such file");
  }

  @Test
  void checkReadsThePackFromTheTemplatesFirstLine() throws Exception {
    Path file = dir.resolve("basics.jsh");
    // the solution up to its second section: one section to run keeps the check quick
    String solution = Templates.solution(Packs.load("java-basics"));
    Files.writeString(file, solution.substring(0, solution.indexOf("// ## 2.")));
    Cli r = run("gauntlet", "check", file.toString(), "--timeout", "60", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.path("pack").asText()).isEqualTo("java-basics");
    assertThat(json.path("passed").asInt()).isEqualTo(1);
    assertThat(json.path("sections").get(1).path("status").asText()).isEqualTo("empty");
  }

  @Test
  void aPackThatContradictsTheTemplateFailsAtOnce() throws Exception {
    Path file = dir.resolve("basics.jsh");
    Files.writeString(file, Templates.blank(Packs.load("java-basics")));
    Cli r = run("gauntlet", "check", file.toString(), "--pack", "wrangling");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("is a template of pack `java-basics`", "but --pack wrangling was given");
  }

  @Test
  void absurdTimeoutsAreRefusedBeforeAnythingRuns() throws Exception {
    Path filled = Files.writeString(dir.resolve("f.jsh"), "// ## 1. Operators\n");
    for (String t : new String[] {"1e400", "99999999999", "NaN", "0", "-1", "0.5"}) {
      Cli r = run("gauntlet", "check", filled.toString(), "--pack", "java-basics", "--timeout", t);
      assertThat(r.code()).as(t).isEqualTo(1);
      assertThat(r.err()).as(t).contains("--timeout must be between 1.0 and 600.0 seconds");
    }
  }

  @Test
  void endlessFoldersAndNonUtf8InputAreOneLine() throws Exception {
    Cli zero = run("gauntlet", "check", BadInputs.INFINITE.toString());
    assertThat(zero.code()).isEqualTo(1);
    assertThat(zero.err().strip()).contains("/dev/zero is larger than 1 MB").doesNotContain("\n");
    Cli folder = run("gauntlet", "check", dir.toString());
    assertThat(folder.err()).contains("is a folder");
    Path latin = BadInputs.latin1(dir.resolve("l1.jsh"), "// caf\u00e9\n");
    assertThat(run("gauntlet", "check", latin.toString()).err()).contains("is not UTF-8 text");
  }
}
